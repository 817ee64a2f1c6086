/**
 * The message texts of the error classes and of the plan's record views, in one place. Codes are
 * stable; texts may be improved.
 *
 * @internal
 */
export const errorMessages = {
  unknownOrder: (id: string): string => `unknown order ${JSON.stringify(id)}`,
  unknownWorkCenter: (id: string): string => `unknown work center ${JSON.stringify(id)}`,
  notAPlanResult: (): string => "not a plan result made by plan() or replan()",
} as const;
