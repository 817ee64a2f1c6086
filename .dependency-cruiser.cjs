// The house rules of src/ (docs/architecture.md): no import cycles, and every import points
// down the layer order below. Folders on one floor do not import each other either.
// `npm run lint:deps` checks them; it runs as part of `npm test`.

/** The floors of src/, from the ground up. A folder may import only folders on lower floors. */
const floors = [
  ["errors", "internal"],
  ["model"],
  ["bom", "routing", "demand"],
  ["mrp"],
  ["cost", "mps", "capacity", "whatIf", "worker"],
  ["worklist"],
  ["io"],
  ["cli"],
];

/** Beside the floors: price books stand on errors and internal alone. */
const pricingMayImport = ["errors", "internal", "pricing"];

/** Folders that may import pricing directly: none; src/index.ts exports it and the CLI uses the index. */
const pricingImportedBy = [];

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
      // the CLI is the one folder that imports the index (see cli-uses-the-public-api)
      to: { path: name === "cli" ? any(forbidden) : [any(forbidden), "^src/index\\.ts$"] },
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
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^src/index\\.ts$" },
    },
    {
      name: "cli-uses-the-public-api",
      comment: "src/cli/ is a user of the library like any other: it imports src/index.ts and its own files, never a library file.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/", pathNot: ["^src/cli/", "^src/index\\.ts$"] },
    },
    {
      name: "cli-packages",
      comment: "Besides the library and node's built-ins, the CLI uses string-width (display width of table cells) only.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"], pathNot: "node_modules/string-width/" },
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
