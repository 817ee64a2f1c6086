import type { CommandSpec } from "../types.js";
import { validateCommand } from "./validate.js";
import { schemaCommand } from "./schema.js";
import { planCommand } from "./plan.js";
import { explodeCommand } from "./explode.js";
import { whereUsedCommand } from "./where-used.js";
import { quoteCommand } from "./quote.js";
import { rebateCommand } from "./rebate.js";
import { capacityCommand } from "./capacity.js";
import { costCommand } from "./cost.js";
import { atpCommand } from "./atp.js";
import { reportCommand } from "./report.js";
import { importCommand } from "./import.js";
import { roughCutCommand } from "./rough-cut.js";
import { levelCommand } from "./level.js";
import { priceProtectionCommand } from "./price-protection.js";
import { territoriesCommand } from "./territories.js";

/** Every command of `mrpkit`, by name. Each lives in its own file beside this one. */
export const commands: ReadonlyMap<string, CommandSpec> = new Map(
  [
    validateCommand,
    planCommand,
    atpCommand,
    schemaCommand,
    explodeCommand,
    whereUsedCommand,
    capacityCommand,
    roughCutCommand,
    levelCommand,
    costCommand,
    quoteCommand,
    rebateCommand,
    priceProtectionCommand,
    territoriesCommand,
    reportCommand,
    importCommand,
  ].map((c) => [c.name, c]),
);
