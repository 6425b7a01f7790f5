import ts from "typescript";

/**
 * What is wrong with a module's exports as a "use server" module: every export must be
 * `export const <name>Action = action(...)`. Next turns each export of such a module into an
 * endpoint anyone can call, so a helper exported by mistake skips the wrapper's session,
 * permission and input checks. Returns one line per problem; empty when the module is sound.
 */
export function serverActionExportProblems(source: string, fileName = "module.ts"): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const first = sf.statements[0];
  const isUseServer =
    first !== undefined &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server";
  if (!isUseServer) return ['does not start with "use server"'];
  const problems: string[] = [];
  let exported = 0;
  for (const st of sf.statements) {
    const line = sf.getLineAndCharacterOfPosition(st.getStart()).line + 1;
    // Types are erased before Next sees the module.
    if (ts.isTypeAliasDeclaration(st) || ts.isInterfaceDeclaration(st)) continue;
    if (ts.isExportDeclaration(st) && st.isTypeOnly) continue;
    if (ts.isExportDeclaration(st) || ts.isExportAssignment(st)) {
      problems.push(
        `line ${line}: re-export or default export (only \`export const … = action(…)\`)`,
      );
      continue;
    }
    const modifiers = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) {
      problems.push(`line ${line}: exports something other than a const built by action()`);
      continue;
    }
    for (const d of st.declarationList.declarations) {
      exported++;
      const name = d.name.getText(sf);
      const init = d.initializer;
      const built =
        init !== undefined &&
        ts.isCallExpression(init) &&
        ts.isIdentifier(init.expression) &&
        init.expression.text === "action";
      if (!built) problems.push(`line ${line}: ${name} is not built by action()`);
      if (!/^\w+Action$/.test(name)) problems.push(`line ${line}: ${name} is not named …Action`);
    }
  }
  if (exported === 0) problems.push("exports no action");
  return problems;
}
