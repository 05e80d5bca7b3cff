import { calendarDate, type CalendarDate } from "./calendarDate";

export const ACTION_PLAN_STATUSES = ["Not started", "In progress", "Carried forward", "Overdue", "Closed"] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

export const RAG_RATINGS = ["Red", "Amber", "Green"] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

/** One row of the provider's own recovery action plan. */
export interface ActionPlanRow {
  reference: string;
  area: string;
  finding: string;
  action: string;
  ownerRole: string;
  dueDate: CalendarDate;
  reviewDate: CalendarDate;
  status: ActionPlanStatus;
  rag: RagRating;
  evidenceOfCompletion: string;
  dateClosed: CalendarDate | null;
}

/**
 * The provider's action plan as it stood at the end of the period. It is the user's own sheet: the
 * add-in reads it for context and must never write to it. Birch Court's medicines and observation
 * actions have been carried forward and are overdue, the article's warning sign for a location that is
 * not sustaining recovery.
 */
export function buildActionPlan(): ActionPlanRow[] {
  return [
    {
      reference: "AP-01",
      area: "Maple House",
      finding: "PRN protocols missing or out of date for 4 people",
      action: "Review every PRN protocol with the community pharmacist; weekly MAR spot checks",
      ownerRole: "Registered manager",
      dueDate: calendarDate(2026, 1, 30),
      reviewDate: calendarDate(2026, 2, 13),
      status: "Closed",
      rag: "Green",
      evidenceOfCompletion: "All protocols reviewed 28/01; medicines audit 95% or above since w/c 09/02",
      dateClosed: calendarDate(2026, 2, 13),
    },
    {
      reference: "AP-02",
      area: "Maple House",
      finding: "Falls risk assessments not updated after falls",
      action: "Falls risk review within 48 hours of any fall; team leader checks at handover",
      ownerRole: "Deputy manager",
      dueDate: calendarDate(2026, 2, 13),
      reviewDate: calendarDate(2026, 2, 27),
      status: "Closed",
      rag: "Green",
      evidenceOfCompletion: "Care records audit: risk item met in 3 consecutive audits",
      dateClosed: calendarDate(2026, 2, 27),
    },
    {
      reference: "AP-03",
      area: "Maple House",
      finding: "People's views not recorded after monthly reviews",
      action: "Add a 'what the person told us' prompt to the review template",
      ownerRole: "Team leader",
      dueDate: calendarDate(2026, 4, 17),
      reviewDate: calendarDate(2026, 4, 10),
      status: "In progress",
      rag: "Amber",
      evidenceOfCompletion: "Template updated 09/03; first month of use under review",
      dateClosed: null,
    },
    {
      reference: "AP-04",
      area: "Birch Court",
      finding: "Boxed medicines stock counts not matching MAR charts",
      action: "Daily stock count for boxed medicines; weekly manager check of counts",
      ownerRole: "Registered manager",
      dueDate: calendarDate(2026, 1, 23),
      reviewDate: calendarDate(2026, 4, 3),
      status: "Carried forward",
      rag: "Red",
      evidenceOfCompletion: "Counts started; discrepancies still found w/c 09/03. Carried forward at Feb and Mar governance",
      dateClosed: null,
    },
    {
      reference: "AP-05",
      area: "Birch Court",
      finding: "Staff practice observations not completed as planned",
      action: "Put fortnightly observations on the rota; deputy manager to cover leave",
      ownerRole: "Deputy manager",
      dueDate: calendarDate(2026, 2, 6),
      reviewDate: calendarDate(2026, 4, 3),
      status: "Overdue",
      rag: "Red",
      evidenceOfCompletion: "3 of 6 planned observations done; carried forward at Mar governance",
      dateClosed: null,
    },
    {
      reference: "AP-06",
      area: "Birch Court",
      finding: "Daily notes record tasks but not outcomes for people",
      action: "Coaching sessions on outcome-focused recording; quality lead samples notes monthly",
      ownerRole: "Quality lead",
      dueDate: calendarDate(2026, 4, 10),
      reviewDate: calendarDate(2026, 4, 3),
      status: "In progress",
      rag: "Amber",
      evidenceOfCompletion: "2 of 3 coaching sessions held",
      dateClosed: null,
    },
    {
      reference: "AP-07",
      area: "Birch Court",
      finding: "Tenants' feedback not followed up ('you said, we did' missing)",
      action: "Monthly tenants' meeting with a 'you said, we did' board",
      ownerRole: "Registered manager",
      dueDate: calendarDate(2026, 3, 31),
      reviewDate: calendarDate(2026, 4, 14),
      status: "In progress",
      rag: "Amber",
      evidenceOfCompletion: "",
      dateClosed: null,
    },
    {
      reference: "AP-08",
      area: "Oakfield House",
      finding: "Team B daily notes generic; risk not updated after reviews",
      action: "Team leaders compare good recording examples; fortnightly sampling of Team B records after coaching",
      ownerRole: "Deputy manager",
      dueDate: calendarDate(2026, 4, 24),
      reviewDate: calendarDate(2026, 4, 10),
      status: "In progress",
      rag: "Amber",
      evidenceOfCompletion: "Handover and workload review done 20/02; coaching in progress",
      dateClosed: null,
    },
    {
      reference: "AP-09",
      area: "Oakfield House",
      finding: "Night staff and new starters unsure of safeguarding thresholds and reporting routes",
      action: "Scenario checks in supervision; escalation flowchart at the night station",
      ownerRole: "Safeguarding lead",
      dueDate: calendarDate(2026, 4, 17),
      reviewDate: calendarDate(2026, 4, 10),
      status: "In progress",
      rag: "Amber",
      evidenceOfCompletion: "Weekly scenario checks since 05/01; flowchart displayed 26/01",
      dateClosed: null,
    },
    {
      reference: "AP-10",
      area: "Provider",
      finding: "Incident reviews taking longer than 72 hours",
      action: "Provider quality lead reviews all incidents weekly across both locations",
      ownerRole: "Provider quality lead",
      dueDate: calendarDate(2026, 1, 16),
      reviewDate: calendarDate(2026, 1, 30),
      status: "Closed",
      rag: "Green",
      evidenceOfCompletion: "Weekly incident review log in place",
      dateClosed: calendarDate(2026, 1, 30),
    },
  ];
}
