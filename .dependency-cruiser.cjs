// The house rules of src/ (docs/architecture.md): no import cycles, and every import points
// down the layer order below. Folders on one floor do not import each other either.
// `npm run lint:deps` checks them; it runs as part of `npm test`.

/** The floors of src/, from the ground up. A folder may import only folders on lower floors. */
const floors = [
  ["errors", "internal"],
  ["model"],
  ["bom", "routing", "demand"],
  ["mrp"],
  ["cost", "mps", "capacity", "whatIf"],
  ["io"],
  ["cli"],
];

/** Beside the floors: price books stand on errors and internal alone. */
const pricingMayImport = ["errors", "internal", "pricing"];

/** Folders that may import pricing (besides src/index.ts). */
const pricingImportedBy = ["cli"];

const known = [...floors.flat(), "pricing"];
const any = (names) => `^src/(${names.join("|")})/`;

const floorRules = floors.flatMap((floor, level) => {
  const above = floors.slice(level + 1).flat();
  return floor.map((name) => {
    const forbidden = [...above, ...floor.filter((other) => other !== name)];
    if (!pricingImportedBy.includes(name)) forbidden.push("pricing");
    return {
      name: `${name}-imports-down`,
      comment: `src/${name}/ may import only the floors below it (${floors.slice(0, level).flat().join(", ") || "none"}) and the npm packages.`,
      severity: "error",
      from: { path: any([name]) },
      to: { path: [any(forbidden), "^src/index\\.ts$"] },
    };
  });
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle means one of its files holds something that belongs below the others: move it down.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...floorRules,
    {
      name: "pricing-stands-on-errors-and-internal",
      comment: `src/pricing/ may import only ${pricingMayImport.join(", ")} and the npm packages.`,
      severity: "error",
      from: { path: any(["pricing"]) },
      to: { path: "^src/", pathNot: any(pricingMayImport) },
    },
    {
      name: "every-folder-has-a-floor",
      comment: "A new folder of src/ takes its place in .dependency-cruiser.cjs and docs/architecture.md first.",
      severity: "error",
      from: { path: "^src/", pathNot: [any(known), "^src/index\\.ts$"] },
      to: {},
    },
    {
      name: "the-index-is-the-library",
      comment: "src/index.ts exports the library; the CLI is a shell over it, never part of it.",
      severity: "error",
      from: { path: "^src/index\\.ts$" },
      to: { path: any(["cli"]) },
    },
    {
      name: "nothing-imports-the-index",
      comment: "src/index.ts is the public face for users; the library's own files import the file that defines a name.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/index\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // type-only imports count: a cycle of types is still a type stored in the wrong file
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
