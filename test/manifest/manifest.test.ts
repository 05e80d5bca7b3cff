// Structural checks of manifest.xml. Microsoft's validator (office-addin-manifest validate) posts the
// manifest to a web service, and no npm package ships the XSDs, so these tests check what Office
// enforces and what broke shared-runtime add-ins before (Microsoft Learn: "Configure your Office Add-in
// to use a shared runtime" and "Office Add-ins XML manifest", learn.microsoft.com/office/dev/add-ins).
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { rewriteUrls } from "../../webpack/addinHost";

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const manifestText = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, trimValues: true });
const ordered = parser.parse(manifestText) as OrderedNode[];

const tagOf = (node: OrderedNode) => Object.keys(node).find((key) => key !== ":@") ?? "";
const childrenOf = (node: OrderedNode): OrderedNode[] => {
  const content = node[tagOf(node)];
  return Array.isArray(content) ? (content as OrderedNode[]) : [];
};
const child = (node: OrderedNode, tag: string) => childrenOf(node).find((c) => tagOf(c) === tag);
const path_ = (node: OrderedNode, ...tags: string[]) =>
  tags.reduce<OrderedNode | undefined>((current, tag) => (current ? child(current, tag) : undefined), node);
const allNodes = (nodes: OrderedNode[]): OrderedNode[] => nodes.flatMap((node) => [node, ...allNodes(childrenOf(node).filter((c) => typeof c === "object"))]);

const officeApp = ordered.find((node) => tagOf(node) === "OfficeApp") as OrderedNode;
const everyNode = allNodes([officeApp]);
const host = path_(officeApp, "VersionOverrides", "Hosts", "Host") as OrderedNode;

const resourceIds = new Map<string, string>(
  everyNode
    .filter((node) => ["bt:Url", "bt:String", "bt:Image"].includes(tagOf(node)) && node[":@"]?.id)
    .map((node) => [node[":@"]!.id, tagOf(node)])
);
const resids = everyNode.map((node) => node[":@"]?.resid).filter((id): id is string => Boolean(id));

describe("manifest.xml", () => {
  it("parses as XML and is a task pane add-in", () => {
    expect(officeApp).toBeDefined();
    expect(officeApp[":@"]?.["xsi:type"]).toBe("TaskPaneApp");
  });

  it("has a GUID for its Id", () => {
    const id = String((childrenOf(path_(officeApp, "Id")!)[0] as { "#text": string })["#text"]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("places the top-level elements in the order Office's schema requires", () => {
    // Order from the OfficeApp TaskPaneApp schema (learn.microsoft.com, "OfficeApp element").
    const schemaOrder = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    const present = childrenOf(officeApp).map(tagOf).filter((tag) => schemaOrder.includes(tag));
    expect(present).toEqual(schemaOrder);
  });

  it("puts Runtimes first in the workbook host, then AllFormFactors, then DesktopFormFactor", () => {
    expect(childrenOf(host).map(tagOf)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  });

  it("resolves every resid to a resource", () => {
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect([resid, resourceIds.has(resid)]).toEqual([resid, true]);
  });

  it("uses one resid for the shared runtime, the custom functions page, the function file and the button", () => {
    const runtime = path_(host, "Runtimes", "Runtime")![":@"]!;
    const functionsPoint = childrenOf(path_(host, "AllFormFactors")!).find((n) => n[":@"]?.["xsi:type"] === "CustomFunctions")!;
    const page = path_(functionsPoint, "Page", "SourceLocation")![":@"]!.resid;
    const functionFile = path_(host, "DesktopFormFactor", "FunctionFile")![":@"]!.resid;
    const buttonAction = everyNode.find((n) => tagOf(n) === "Action" && n[":@"]?.["xsi:type"] === "ShowTaskpane")!;
    const buttonPage = path_(buttonAction, "SourceLocation")![":@"]!.resid;
    expect(runtime.lifetime).toBe("long");
    expect(new Set([runtime.resid, page, functionFile, buttonPage])).toEqual(new Set([runtime.resid]));
  });

  it("requires the SharedRuntime and ExcelApi 1.8 requirement sets", () => {
    const sets = everyNode.filter((n) => tagOf(n) === "Set").map((n) => n[":@"]?.Name);
    expect(sets).toContain("SharedRuntime");
    // The Office adapter writes data validation, events and chart formats: ExcelApi 1.8.
    expect(sets).toContain("ExcelApi");
  });

  it("declares the CQC custom functions namespace", () => {
    const functionsPoint = childrenOf(path_(host, "AllFormFactors")!).find((n) => n[":@"]?.["xsi:type"] === "CustomFunctions")!;
    const namespaceId = path_(functionsPoint, "Namespace")![":@"]!.resid;
    const namespace = everyNode.find((n) => tagOf(n) === "bt:String" && n[":@"]?.id === namespaceId)!;
    expect(namespace[":@"]!.DefaultValue).toBe("CQC");
  });

  it("serves every URL over https", () => {
    const urls = [...manifestText.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("offers a ribbon button with 16, 32 and 80 px icons that exist in assets/", () => {
    const images = everyNode.filter((n) => tagOf(n) === "bt:Image" && n[":@"]?.DefaultValue);
    const sizes = images.map((n) => n[":@"]!.DefaultValue.match(/icon-(\d+)\.png$/)?.[1]);
    expect(sizes).toEqual(["16", "32", "80"]);
    for (const image of images) {
      const file = path.join(__dirname, "../..", image[":@"]!.DefaultValue.replace("https://localhost:3000/", ""));
      expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    }
  });

  it("rewrites every development URL for a production host", () => {
    const rewritten = rewriteUrls(manifestText, "https://addins.example.org/cqc/");
    expect(rewritten).not.toMatch(/localhost/);
    expect(rewritten.match(/https:\/\/addins\.example\.org\/cqc\//g)?.length).toBe(manifestText.match(/https:\/\/localhost:3000\//g)?.length);
    expect(rewritten).toContain("<AppDomain>https://addins.example.org</AppDomain>");
  });
});
