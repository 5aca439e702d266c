/**
 * Side effect only: installs the CustomFunctions shim. The preview entry imports this module first, so the shim
 * exists when src/functions/functions.ts runs its CustomFunctions.associate calls.
 */
import { installCustomFunctionsShim } from "./custom-functions-shim";

export const customFunctions = installCustomFunctionsShim();
