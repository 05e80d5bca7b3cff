import { buildLocationDashboard } from "../../../src/core/sheets/buildLocationDashboard";
import { renderDrawingXml, renderLineChartXml } from "../../../src/xlsx/write";
import { locations, workbookAnalysis } from "../../core/sheets/fixtures/analyses";
import { xmlTree } from "./packageComparison";

describe("renderLineChartXml", () => {
  // The fixture's Hillview: SPC mean 81%, limits 70% and 92%, its third point "Concern (Low)".
  const model = buildLocationDashboard(workbookAnalysis(locations()));
  const xml = renderLineChartXml(model, model.charts[0]);

  it("draws the location, its mean, process limits and the target, each from the dashboard's cells", () => {
    const names = [...xml.matchAll(/<c:ser>.*?<c:tx><c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(names).toEqual(["Hillview", "Mean", "Upper process limit", "Lower process limit", "Target"]);
    const spc = model.charts[0].spc;
    expect(spc?.pointLabels).toEqual(["Common Cause", "Common Cause", "Concern (Low)"]);
    expect(model.cells[(spc?.mean.top as number) - 1].slice(0, 2).map((c) => c?.value)).toEqual(["Hillview mean", 0.81]);
    expect(xml).toContain(`<c:f>'Location Assurance Dashboard'!$B$${spc?.upperLimit.top}:$D$${spc?.upperLimit.top}</c:f>`);
  });

  it("colours a special-cause point in Making Data Count's concern orange and dashes the target", () => {
    expect(xml).toMatch(/<c:dPt><c:idx val="2"\/><c:marker><c:symbol val="circle"\/><c:size val="7"\/><c:spPr><a:solidFill><a:srgbClr val="FAB428"\/>/);
    expect(xml).toMatch(/<c:v>Target<\/c:v><\/c:tx><c:spPr><a:ln w="19050" cap="rnd"><a:solidFill><a:srgbClr val="DE1B1B"\/><\/a:solidFill><a:prstDash val="dash"\/>/);
    expect(xml).toContain('<c:max val="1"/><c:min val="0.6"/>');
    expect(() => xmlTree(xml)).not.toThrow();
  });
});

describe("renderDrawingXml", () => {
  it("anchors each chart over its cells, counted from zero", () => {
    const chart = buildLocationDashboard(workbookAnalysis(locations())).charts[0];
    const xml = renderDrawingXml([chart], ["rId1"]);
    expect(xml).toContain(`<xdr:from><xdr:col>${chart.anchor.left - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.anchor.top - 1}</xdr:row>`);
    expect(xml).toContain('r:id="rId1"');
  });
});
