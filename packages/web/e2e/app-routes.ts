import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const appSource = fileURLToPath(new URL("../src/app.tsx", import.meta.url));

/**
 * Every route the web app declares, as full paths ("/", "/meetups/:id", "/admin/history", "*"), read
 * from the `<Route>` elements of src/app.tsx itself: a route added there is a route the browser tests
 * know of, with no list beside the app to keep up. A path given as a constant rather than a literal
 * (`path={signInCallbackPath}`) is looked up in `constants`; one missing there is an error, not a skip.
 */
export function routesOfApp(constants: Record<string, string>): string[] {
  const source = ts.createSourceFile(
    appSource,
    readFileSync(appSource, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const routes: string[] = [];

  const attributeOf = (element: ts.JsxOpeningLikeElement, name: string) =>
    element.attributes.properties.find(
      (property): property is ts.JsxAttribute =>
        ts.isJsxAttribute(property) && property.name.getText(source) === name,
    );

  const pathOf = (attribute: ts.JsxAttribute): string => {
    const value = attribute.initializer;
    if (value && ts.isStringLiteral(value)) return value.text;
    const expression = value && ts.isJsxExpression(value) ? value.expression : undefined;
    if (expression && ts.isStringLiteralLike(expression)) return expression.text;
    const name = expression?.getText(source) ?? "";
    const known = constants[name];
    if (known === undefined) {
      throw new Error(`app.tsx routes to path={${name}}: say what it is in the browser test's constants`);
    }
    return known;
  };

  const join = (parent: string, path: string) =>
    path.startsWith("/") ? path : `${parent.replace(/\/$/, "")}/${path}`;

  const routeElementOf = (node: ts.Node): ts.JsxOpeningLikeElement | undefined => {
    const opening = ts.isJsxElement(node)
      ? node.openingElement
      : ts.isJsxSelfClosingElement(node)
        ? node
        : undefined;
    return opening?.tagName.getText(source) === "Route" ? opening : undefined;
  };

  const visit = (node: ts.Node, parent: string) => {
    const route = routeElementOf(node);
    if (!route) {
      ts.forEachChild(node, (child) => visit(child, parent));
      return;
    }
    const path = attributeOf(route, "path");
    const full = !path ? parent : pathOf(path) === "*" ? "*" : join(parent, pathOf(path));
    const children = ts.isJsxElement(node) ? node.children.filter((child) => routeElementOf(child)) : [];
    const indexed = children.some((child) =>
      attributeOf(routeElementOf(child) as ts.JsxOpeningLikeElement, "index"),
    );
    // An index route is its parent's page; a layout route (no path) only wraps its children; a route with
    // a path is a page unless an index route stands in for it.
    if (attributeOf(route, "index") || (path && !indexed)) routes.push(full);
    for (const child of children) visit(child, full);
  };

  visit(source, "/");
  return Array.from(new Set(routes));
}
