/**
 * The one declaration of every input kvguard accepts: each object type of a spec file (and of the
 * components' inputs, which are the same tree) and each of its properties, with its name, kind,
 * whether it is required, and its description. Everything else that names a property is derived
 * from here: the component {@code Args} classes are generated from it, the served schema takes its
 * descriptions from it, and the spec binder is derived from it: each spec record's components are
 * read through the properties of the same name.
 *
 * <p>It is a package of its own, beside the records of {@code core.spec} rather than inside
 * {@code core.spec.io}, because it describes the format rather than reading it: the binder, the
 * provider's schema and the test-scope generator all depend on it, and it depends on nothing but the
 * spec enums (no Pulumi, no Jackson), so the core stays pure.
 */
package dev.kvguard.core.spec.declaration;
