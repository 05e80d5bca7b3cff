/**
 * The command line's help, shown by --help and after a usage mistake.
 *
 * @example
 * USAGE_TEXT.startsWith("Usage: cqc-recovery analyse"); // => true
 */
export const USAGE_TEXT = `Usage: cqc-recovery analyse <workbook.xlsx>... [options]

Compares audit results by team, shift, location and staff group, and writes the Team Comparison
Tracker, Action Tracker, Location Assurance Dashboard and Assurance Summary into a copy of the workbook.

Options:
  --sheet NAME           analyse only this sheet (repeat for more)
  --by team,shift,...    compare by these: team, shift, location, staff group, source, audit type
  --target 90            the target, as a percentage (90, or "1%": a % sign always means percent) or
                         a proportion (0.9); default 90%. With --direction down write the % sign
                         for a target of 1 or less ("1%" or "100%"): a bare 1 is refused as ambiguous
  --target-for "S=95"    a different target for one sheet or table S (repeat for others)
  --direction up|down    whether higher (up, the default) or lower scores are better
  --sheets-as-groups     read sheets with the same columns as one audit, the sheet name as the
                         group (one sheet per team); offered when such sheets are found
  --measure "HEADER"     analyse the column with this header as the score, instead of the one
                         proposed (each column's reason is in the Source step and the JSON)
  --partial RULE         how "Partial", "Partly", "Partially met" and "Some" answers count:
                         not-met (the default, as compliance audits score them), half, or left-out
                         (like N/A)
  --deadline dd/mm/yyyy  when the target should be met
  --weeks 12             ...or how many weeks from the first period
  --weeks-for "S=10"     a different number of weeks for one sheet or table S (repeat for others)
  --deadline-for "S=dd/mm/yyyy"
                         ...or a different deadline for it
  --recovery-start dd/mm/yyyy
                         when the recovery plan started: SPC limits come from the periods from
                         then on, so a unit is judged on what it does now, not on its weak start
  --as-of dd/mm/yyyy     the date of this review; default today
  --out FILE             where to write; default <name>.assured.xlsx beside the workbook
  --in-place             update the workbook itself, after saving <name>.backup.xlsx
  --json                 print only the analysis as JSON, and write no workbook unless --out or
                         --in-place is given too
  --help                 show this help

Several workbooks (one per location) give a provider-level roll-up in provider-roll-up.assurance.xlsx.
Exit codes: 0 done, 1 a workbook could not be read, 2 the command was not understood.
`;
