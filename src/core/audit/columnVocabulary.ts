import type { ColumnRole } from "./types";

/** The words the reader recognises, kept as data so that extending them needs no code. */
export interface ColumnVocabulary {
  /**
   * Header phrases per role. A header matches a phrase when it is the phrase, or contains it as whole
   * words; the longest matching phrase wins, so list the specific phrase ("team leader") beside the
   * general one ("team"). Matching ignores case, punctuation and apostrophes.
   */
  headers: readonly { role: ColumnRole; phrases: readonly string[] }[];
  /**
   * Headers that say what kind of worker a row is about ("Agency", "Bank staff", "New starter"): Yes/No
   * under one of them marks a staff group ("Agency" and "Not agency"), never an audit question. Matched
   * as the whole header, allowing a "(Y/N)" or "?" after it.
   */
  workerKindHeaders: readonly string[];
  /**
   * Grouping phrases that can take a second grouping role when another column already has the first:
   * beside a "Team" column, "Unit" names the location; beside a "Site" column, "House" names the team.
   */
  otherGroupings: readonly { phrases: readonly string[]; role: ColumnRole; otherRole: ColumnRole }[];
  /** Column headers of an action plan; a grid with several of them is not audit results. */
  actionPlanHeaders: readonly string[];
  /** Values of an evidence-source column. */
  sourceValues: readonly string[];
  /** Values of a shift column. */
  shiftValues: readonly string[];
  /** Values of a staff-group column. */
  staffGroupValues: readonly string[];
  /** Words that make a value a team's name ("Team A", "Oak Unit", "Ward 3"). */
  teamValueWords: readonly string[];
  /** Words that make a column header a location's name ("Rose House", "Elm Court"). */
  locationValueWords: readonly string[];
  /** Headers of a denominator (the size of a unit), never a score when a rate column exists. */
  denominatorHeaders: readonly string[];
  /** Words that make a numeric header a rate or score over a denominator ("per", "rate"). */
  rateWords: readonly string[];
  /** Shift codes of a staff rota ("E", "L", "N", "LD", "AL"): a rota's "N" is a night, not a No. */
  rotaCodes: readonly string[];
  /** Course names of a training matrix ("Fire safety", "Moving and handling"). */
  trainingCourses: readonly string[];
  /** Column headers of a meeting log ("Attendees", "Agenda", "Minutes"). */
  meetingLogHeaders: readonly string[];
  /** Row labels of totals and averages, which are never records. */
  totals: {
    /** One of these alone, or followed only by `followingWords`, is a totals row ("Average", "Total score"). */
    leadingWords: readonly string[];
    /** Words that may follow a leading word in a totals label ("score", "for", "all", "teams"). */
    followingWords: readonly string[];
    /** A short label ending with one of these is one too ("Service average", "Team B total"). */
    trailingWords: readonly string[];
    /** Whole labels that stand for every group ("All teams", "Whole service"). */
    wholeLabels: readonly string[];
  };
}

/**
 * Every header phrase and value word the audit reader recognises, in one place.
 *
 * @example
 * COLUMN_VOCABULARY.headers.find((entry) => entry.role === "shift")?.phrases.includes("day / night"); // => true
 */
export const COLUMN_VOCABULARY: ColumnVocabulary = {
  headers: [
    {
      role: "date",
      phrases: [
        "date", "audit date", "date of audit", "date audited", "date completed", "completed on", "date checked",
        "date of check", "check date", "observation date", "date of observation", "supervision date",
        "date of supervision", "incident date", "date of incident", "feedback date", "date received",
        "scenario date", "date of scenario", "record date", "entry date", "date of entry", "week commencing",
        "week beginning", "week starting", "week ending", "wk commencing", "wk beginning", "w / c", "w / b", "wc",
        "wb", "when",
      ],
    },
    {
      role: "period",
      phrases: [
        "month", "period", "week", "wk", "week no", "week number", "wk no", "quarter", "fortnight",
        "reporting period", "audit month", "audit week", "audit period", "month / year", "month year",
        "review period", "audit round", "round", "cycle",
      ],
    },
    {
      role: "team",
      phrases: [
        "team", "team name", "unit", "unit name", "ward", "wing", "floor", "household", "neighbourhood", "area",
        "department", "zone", "suite", "care team",
      ],
    },
    {
      role: "shift",
      phrases: [
        "shift", "shift pattern", "shift type", "shift worked", "day / night", "day or night", "days / nights",
        "early / late / night", "early / late", "early / late / twilight / night",
      ],
    },
    {
      role: "location",
      phrases: [
        "location", "location name", "site", "site name", "home", "home name", "care home", "service",
        "service name", "setting", "branch", "scheme", "property", "house", "premises", "registered location",
      ],
    },
    {
      role: "staffGroup",
      phrases: [
        "staff group", "role", "job role", "job title", "grade", "band", "staff type", "staff category",
        "staff role", "staff grade", "designation", "length of service", "employment type", "contract type",
        "staff cohort", "cohort", "experience", "agency", "agency staff", "agency worker", "bank", "bank staff",
        "bank worker", "permanent", "permanent staff", "agency / bank", "bank / agency", "agency / bank / permanent",
        "employment status", "worker type", "new starter", "newly qualified", "preceptee", "preceptorship",
        "temporary staff",
      ],
    },
    {
      role: "auditType",
      phrases: [
        "audit type", "type of audit", "audit", "audit name", "audit area", "audit topic", "audit tool",
        "audit title", "topic", "domain", "standard", "theme", "check type", "type of check", "key question",
        "quality statement", "category",
      ],
    },
    {
      role: "source",
      phrases: [
        "evidence source", "source", "evidence", "evidence type", "type of evidence", "source of evidence",
        "evidence category", "measure", "indicator",
      ],
    },
    {
      role: "score",
      phrases: [
        "score", "result", "results", "compliance", "overall", "overall score", "overall compliance",
        "total score", "audit score", "audit result", "percentage", "percent", "rate", "pass rate",
        "compliance rate", "mark", "outcome score", "score out of 100",
      ],
    },
    {
      role: "passed",
      phrases: [
        "passed", "pass", "number passed", "no passed", "compliant", "number compliant", "no compliant",
        "items compliant", "records compliant", "correct", "correct responses", "correct answers",
        "number correct", "no correct", "met", "standards met", "criteria met", "yes count", "number of yes",
        "achieved", "score achieved", "points achieved", "successes",
      ],
    },
    {
      role: "checked",
      phrases: [
        "checked", "number checked", "no checked", "records checked", "items checked", "sample", "sample size",
        "records sampled", "sampled", "questions", "questions asked", "number of questions", "total questions",
        "audited", "records audited", "number audited", "items audited", "applicable", "items applicable",
        "out of", "possible", "max", "max score", "maximum score", "possible score", "maximum", "total items",
        "total checked", "total", "denominator", "staff asked",
        "checks made", "checks done", "checks carried out", "checks completed", "number of checks", "no of checks",
        "total checks", "records reviewed", "number reviewed", "items reviewed",
      ],
    },
    {
      role: "recordId",
      phrases: [
        "id", "record id", "ref", "reference", "record ref", "record", "record no", "record number",
        "care record", "resident", "resident id", "resident name", "person", "person id", "persons name",
        "name of person", "person supported", "service user", "service user id", "client", "client id",
        "patient", "tenant", "individual", "nhs number", "nhs no", "room", "room number", "file ref", "case ref",
        "incident ref", "concern ref",
      ],
    },
    {
      role: "auditor",
      phrases: [
        "auditor", "auditor name", "auditor initials", "audited by", "completed by", "checked by", "reviewed by",
        "reviewer", "assessor", "observer", "observed by", "supervisor", "supervised by", "carried out by",
        "undertaken by", "lead auditor", "done by",
      ],
    },
    {
      role: "staff",
      phrases: [
        "staff", "staff name", "staff member", "staff member name", "name of staff", "name", "employee",
        "employee name", "staff id", "employee id", "carer", "care worker", "worker", "initials", "staff initials",
        "colleague", "team member", "nurse", "team leader", "key worker", "keyworker", "manager", "unit manager",
        "registered manager",
      ],
    },
    {
      role: "comments",
      phrases: [
        "comments", "comment", "notes", "note", "remarks", "narrative", "details", "description", "observations",
        "findings", "feedback given", "feedback comments", "action taken", "actions taken", "action required",
        "actions required", "follow up", "learning", "what went well", "areas for improvement",
        "additional information", "other", "why",
      ],
    },
    {
      role: "ignore",
      phrases: [
        "target", "rag", "rag rating", "rag status", "status", "trend", "change", "variance", "difference", "ytd",
        "year to date", "average", "mean", "median", "benchmark", "direction", "due date", "due", "review date",
        "next review", "next audit", "next audit due", "date closed", "date opened", "date raised",
        "date of birth", "dob", "age", "gender", "sex", "ethnicity", "religion", "address", "postcode", "phone",
        "telephone", "email", "signature", "no", "number", "row", "line", "item no", "#", "owner", "owner role",
        "action owner", "finding", "action", "actions", "priority", "deadline", "target date", "progress",
        "progress update", "carried forward", "evidence of completion", "evidence of progress", "bank holiday",
      ],
    },
  ],
  workerKindHeaders: [
    "agency", "agency staff", "agency worker", "agency carer", "bank", "bank staff", "bank worker", "permanent",
    "permanent staff", "temporary staff", "new starter", "newly qualified", "preceptee", "on preceptorship",
  ],
  otherGroupings: [
    { role: "team", phrases: ["unit", "unit name", "ward", "wing", "floor", "household", "suite"], otherRole: "location" },
    { role: "location", phrases: ["house", "property", "premises"], otherRole: "team" },
  ],
  actionPlanHeaders: [
    "finding", "findings", "issue", "concern", "action", "actions", "action required", "action needed",
    "owner", "action owner", "owner role", "responsible", "by whom", "due date", "due", "deadline",
    "target date", "review date", "status", "rag", "rag status", "evidence of completion",
    "evidence of progress", "progress", "progress update", "date closed", "completion date", "date raised",
    "date opened", "priority", "carried forward", "times carried forward",
  ],
  sourceValues: [
    "audit", "audits", "record audit", "records audit", "care record audit", "care records audit",
    "care plan audit", "audit score", "records", "care records", "feedback", "peoples feedback",
    "people feedback", "family feedback", "relative feedback", "relatives feedback", "staff feedback",
    "partner feedback", "survey", "questionnaire", "incident", "incidents", "incident review", "observation",
    "observations", "practice observation", "practice observations", "staff practice observation",
    "staff practice observations", "observation of practice", "supervision", "supervisions", "spot check",
    "spot checks", "complaint", "complaints", "compliment", "compliments", "scenario check",
    "scenario checks", "concern record", "concern records", "competency check", "competency", "action progress",
    "actions", "meeting", "review",
  ],
  shiftValues: [
    "day", "days", "night", "nights", "early", "late", "twilight", "long day", "waking night", "sleep in",
    "day shift", "night shift", "early shift", "late shift", "twilight shift", "am", "pm", "morning",
    "afternoon", "evening", "weekend", "weekday", "long day shift", "waking night shift",
  ],
  staffGroupValues: [
    "new starter", "new starters", "senior", "seniors", "senior carer", "senior carers", "senior care assistant",
    "senior support worker", "care assistant", "care assistants", "care worker", "care workers", "carer",
    "carers", "care staff", "healthcare assistant", "hca", "support worker", "support workers", "nurse",
    "nurses", "registered nurse", "rgn", "rmn", "team leader", "team leaders", "agency", "agency staff", "bank",
    "bank staff", "permanent", "permanent staff", "night staff", "day staff", "domestic", "kitchen",
    "activities", "deputy manager", "manager", "trainee", "apprentice", "established staff", "student",
    "nursing associate",
  ],
  teamValueWords: ["team", "unit", "ward", "wing", "floor", "household", "neighbourhood", "zone", "suite", "pod"],
  locationValueWords: ["house", "home", "court", "lodge", "manor", "hall", "gardens", "grange", "view", "place", "site", "branch", "scheme"],
  denominatorHeaders: [
    "beds", "bed", "no of beds", "number of beds", "bed days", "occupied bed days", "occupied beds", "occupancy",
    "occupied", "capacity", "residents", "no of residents", "number of residents", "people supported",
    "number of people", "service users", "no of service users", "population", "headcount", "staff numbers",
    "number of staff", "no of staff", "staff in post", "wte", "fte", "hours", "care hours", "hours delivered",
    "admissions", "days", "resident days", "occupied days", "places", "registered places",
  ],
  rateWords: ["per", "rate", "ratio", "percentage", "percent", "%", "score", "compliance", "proportion"],
  rotaCodes: [
    "e", "l", "n", "d", "ld", "ln", "en", "el", "wn", "sn", "si", "s", "off", "o", "al", "a l", "sl", "sick", "hol",
    "holiday", "tr", "trg", "training", "bank", "ag", "agency", "early", "late", "night", "long day", "ld n",
    "mat", "ml", "rest", "x",
  ],
  trainingCourses: [
    "fire safety", "fire awareness", "fire marshal", "moving and handling", "manual handling", "safeguarding",
    "safeguarding adults", "safeguarding children", "infection control", "infection prevention and control", "ipc",
    "first aid", "basic life support", "bls", "food hygiene", "food safety", "health and safety", "medication",
    "medicines", "medication administration", "medicines management", "mca", "mca dols", "dols",
    "mental capacity act", "dementia", "dementia awareness", "equality and diversity", "equality diversity and inclusion",
    "gdpr", "information governance", "data protection", "coshh", "care certificate", "induction",
    "positive behaviour support", "pbs", "epilepsy", "diabetes", "end of life", "end of life care",
    "oliver mcgowan", "person centred care", "duty of care", "nutrition and hydration", "falls prevention",
    "pressure care", "pressure ulcer prevention", "record keeping", "conflict resolution", "lone working",
  ],
  meetingLogHeaders: [
    "meeting", "meeting type", "meeting date", "attendees", "attended by", "present", "apologies", "agenda",
    "agenda item", "agenda items", "minutes", "minutes taken by", "chair", "chaired by", "items discussed",
    "discussion", "decisions", "decision", "actions agreed", "next meeting",
  ],
  totals: {
    leadingWords: [
      "total", "totals", "grand total", "sub total", "subtotal", "average", "averages", "avg", "overall", "mean",
      "sum", "summary",
    ],
    followingWords: [
      "score", "scores", "compliance", "result", "results", "rate", "rates", "percentage", "percent", "for", "of",
      "the", "all", "teams", "units", "wards", "shifts", "locations", "sites", "homes", "staff", "groups",
      "service", "home", "month", "week", "quarter", "year", "period", "to", "date", "ytd", "items", "answers",
      "audits", "records",
    ],
    trailingWords: ["average", "averages", "total", "totals", "mean", "avg", "overall"],
    wholeLabels: [
      "all", "all teams", "all units", "all wards", "all locations", "all sites", "all homes", "all services",
      "all staff", "all shifts", "all groups", "all staff groups", "all areas", "whole service", "whole home",
      "provider", "provider wide", "organisation", "ytd", "year to date", "year to date average",
      "year to date total", "whole service average", "all teams average",
    ],
  },
};
