import { dateToSerial, formatUkDate } from "../core/values";

/** Today's date on this computer as dd/mm/yyyy (read here, at the edge; the core never reads the clock). */
export function todayUk(now: Date = new Date()): string {
  return formatUkDate(dateToSerial(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))));
}
