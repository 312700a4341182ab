// Every catalogue must have exactly the shape of the English one: a missing key fails the build.
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
