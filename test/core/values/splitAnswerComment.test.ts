import { splitAnswerComment } from "../../../src/core/values";
import { readItemAnswer } from "../../../src/core/audit/readItemAnswer";

describe("splitAnswerComment", () => {
  it.each([
    ["No - see notes", "No", "see notes"],
    ["N/A - new admission", "N/A", "new admission"],
    ["N/A – new admission", "N/A", "new admission"],
    ["Not met — not signed", "Not met", "not signed"],
    ["Yes: signed by nurse", "Yes", "signed by nurse"],
    ["Partial; two missing", "Partial", "two missing"],
    ["No (refused)", "No", "refused"],
    ["Y, done", "Y", "done"],
    ["No -see notes", "No", "see notes"],
    ["No- see notes", "No", "see notes"],
    ["Not applicable - resident in hospital", "Not applicable", "resident in hospital"],
    ["Yes - but not signed", "Yes", "but not signed"],
  ])("splits %j into its answer and comment", (text, answer, comment) => {
    expect(splitAnswerComment(text)).toEqual({ answer, comment });
  });

  it.each(["No", "Non-compliant", "No one present", "Yesterday", "Not applicable", "0:30", "1, 2", "No -", "Team A - night", "Yes?", "Nobody - see notes"])("leaves %j alone", (text) => {
    expect(splitAnswerComment(text)).toBeNull();
  });
});

describe("readItemAnswer with a comment after the answer", () => {
  it.each([
    ["No - see notes", "no"],
    ["N/A - new admission", "na"],
    ["Yes - but not signed", "yes"],
    ["Partially met, see care plan", "partial"],
    ["No one present", "unreadable"],
    ["Yesterday", "unreadable"],
    ["Not applicable", "na"],
  ])("reads %j as %s", (text, kind) => {
    expect(readItemAnswer(text)).toBe(kind);
  });
});
