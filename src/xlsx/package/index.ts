export { openPackage } from "./openPackage";
export { PACKAGE_LIMITS, type PackageLimits } from "./packageLimits";
export { ZIP_METHODS, type PackageEntry } from "./packageEntry";
export type { XlsxPackage } from "./xlsxPackage";
export { readCentralDirectory, localDataStart, type CentralDirectoryRecord, type DirectoryProblem } from "./readCentralDirectory";
