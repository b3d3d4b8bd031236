/** Exit codes (README: "Exit codes"). An unusable input outranks findings. */
export const EXIT = {
  /** Everything was checked and no error-level finding. */
  ok: 0,
  /** At least one error-level finding (warnings and infos alone exit 0). */
  findings: 1,
  /** Bad arguments, or at least one input could not be used (missing, not text, too large, not a report, unparsable). */
  unusable: 2,
} as const;
