export * from "./caller";
export * from "./db";
export * from "./errors";
export * from "./world";
export * from "./repair";
export * from "./billing";
export * from "./scratch-db";
export * from "./cards";
