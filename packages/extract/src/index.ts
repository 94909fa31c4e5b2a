export { parseModule, type Options } from './parse-module.js'
export { parseWorksheetName, type WorksheetName } from './worksheet-name.js'
export { providerOf, toSeconds } from './embed.js'
