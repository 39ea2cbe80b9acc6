-- Run by test/language-server/nvim.test.ts:
--   nvim --headless --clean -c 'luafile test/language-server/nvim/test.lua'
-- Written for Neovim 0.7 (Debian 12), which has vim.lsp.start_client and
-- vim.lsp.buf_attach_client but neither vim.lsp.start nor pull diagnostics.
-- Opens SHENJIAO_FILE through the server, records every publishDiagnostics, inserts
-- SHENJIAO_INSERT_TEXT as line SHENJIAO_INSERT_LINE (0-based), applies the preferred quick
-- fix of the first diagnostic on that line, and writes what happened to SHENJIAO_OUT as JSON.
local env = vim.env
local result = {version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor), publications = {}, texts = {}}

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

local ok, err = pcall(function()
  -- Push diagnostics, as 0.7 gets them; a newer Neovim that could pull is asked not to.
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.textDocument.diagnostic = nil
  local client_id = vim.lsp.start_client({
    name = 'shenjiao',
    capabilities = capabilities,
    cmd = {env.SHENJIAO_NODE or 'node', env.SHENJIAO_SERVER, '--stdio'},
    root_dir = vim.fn.fnamemodify(env.SHENJIAO_FILE, ':h'),
    flags = {debounce_text_changes = 10},
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        table.insert(result.publications, params)
        return vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
  })
  assert(client_id, 'the language server did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(env.SHENJIAO_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the client')

  local function wait_for(count, what)
    assert(vim.wait(20000, function() return #result.publications >= count end, 10), 'no diagnostics ' .. what)
  end

  wait_for(1, 'after opening')
  result.texts.opened = buffer_text(bufnr)

  local line = tonumber(env.SHENJIAO_INSERT_LINE)
  vim.api.nvim_buf_set_lines(bufnr, line, line, false, {env.SHENJIAO_INSERT_TEXT})
  wait_for(2, 'after the edit')
  result.texts.edited = buffer_text(bufnr)

  local latest = result.publications[#result.publications]
  local target
  for _, diagnostic in ipairs(latest.diagnostics) do
    if diagnostic.range.start.line == line then target = diagnostic break end
  end
  assert(target, 'no diagnostic on the inserted line')
  local params = {
    textDocument = {uri = vim.uri_from_bufnr(bufnr)},
    range = target.range,
    context = {diagnostics = {target}},
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local actions = responses and responses[client_id] and responses[client_id].result or {}
  local chosen
  for _, action in ipairs(actions) do
    if action.isPreferred then chosen = action break end
  end
  assert(chosen, 'no preferred quick fix among ' .. #actions .. ' actions')
  result.action = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  wait_for(3, 'after the quick fix')
  result.texts.fixed = buffer_text(bufnr)

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 10)
end)

if not ok then result.error = tostring(err) end
vim.fn.writefile({vim.fn.json_encode(result)}, env.SHENJIAO_OUT)
vim.cmd('qall!')
