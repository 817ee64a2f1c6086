// @ts-check
// Lint rules for the library and the CLI: typescript-eslint's strict and stylistic type-checked
// sets, on top of ESLint's recommended rules. Every rule switched off or tuned below says why;
// docs/decisions.md keeps the same list.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "docs/api/**", "coverage/**", ".tmp/**", "node_modules/**"] },

  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // tsconfig.test.json covers every TypeScript file (src/cli is outside tsconfig.json).
        project: ["./tsconfig.test.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",

      // noUncheckedIndexedAccess types every typed-array and array read as `T | undefined`. The
      // engine reads dense columns by index in its hot loops, where the bounds are known from
      // the loop itself; `!` says so at no runtime cost, where a check per read would not.
      "@typescript-eslint/no-non-null-assertion": "off",

      // Numbers in messages and reports are the norm (quantities, periods, line numbers); their
      // default formatting is what the output shows. Everything else stays strict: no
      // `undefined`, `null` or objects in a template by accident.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false, allowNumber: true },
      ],

      // Raw input (`Record<string, unknown>` from JSON or CSV) is read with brackets, as
      // `raw["currency"]`: a key of untrusted data, not a property of a typed value.
      "@typescript-eslint/dot-notation": ["error", { allowIndexSignaturePropertyAccess: true }],

      // `void name;` keeps a compile-time type assertion (a constant whose type only checks
      // that a zod schema and a hand-written type agree) from tripping noUnusedLocals.
      "@typescript-eslint/no-meaningless-void-operator": "off",
    },
  },
);
