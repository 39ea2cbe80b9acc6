/** GB 11643-1999 weights of the first 17 digits of a citizen identity number (2^(18-i) mod 11). */
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** Check characters by weighted sum mod 11 (ISO 7064 MOD 11-2). */
const idCheckChars = '10X98765432'

/** The check character GB 11643-1999 assigns to the first 17 digits of an identity number. */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * idWeights[i]!
  return idCheckChars[sum % 11]!
}

/** Whether an 18-character identity number ends in the check character of its first 17 digits. */
export function hasValidIdCheckChar(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckChar(id) === id[17]
}

/** The Luhn check (ISO/IEC 7812-1) that bank card numbers pass. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}
