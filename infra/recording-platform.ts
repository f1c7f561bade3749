/**
 * A stand-in for the globals SST gives sst.config.ts and infra/ (`$config`, `$app`, `$interpolate`,
 * `sst.aws.*`, `sst.Secret`, `aws.*`): it builds nothing and records every component with its arguments,
 * every subscription and every route, so tests can read what a deploy would create.
 */

export interface RecordedComponent {
  /** `sst.aws.Dynamo`, `sst.Secret`, `aws.sqs.QueuePolicy`, … */
  type: string;
  name: string;
  args: Record<string, unknown>;
}

export interface RecordedFunction {
  name: string;
  /** `sst.aws.Function`, or the component whose `subscribe` made it. */
  via: string;
  args: Record<string, unknown>;
}

export interface RecordedSubscription {
  /** The component subscribed to. */
  source: string;
  type: string;
  name: string;
  functionName: string;
  args: Record<string, unknown>;
}

export interface RecordedRoute {
  component: string;
  route: string;
  target: unknown;
  args?: unknown;
}

export interface Recording {
  components: RecordedComponent[];
  functions: RecordedFunction[];
  subscriptions: RecordedSubscription[];
  routes: RecordedRoute[];
  /** The name a component was recorded under, for a value found in some `link` array. */
  nameOf(component: unknown): string | undefined;
}

/** An output of a component: a printable placeholder whose properties are outputs too (`x.nodes.rule.arn`). */
function output(path: string): unknown {
  const text = `{${path}}`;
  return new Proxy(Object.create(null), {
    get(_target, property) {
      if (property === Symbol.toPrimitive || property === "toString" || property === "toJSON")
        return () => text;
      // Pulumi's `output.apply(f)`: here `f` gets the placeholder, so what it makes of it is recorded.
      if (property === "apply") return (transform: (value: string) => unknown) => transform(text);
      if (typeof property === "symbol") return undefined;
      return output(`${path}.${property}`);
    },
  });
}

/** Arguments as plain data: outputs and components become their placeholders (`{Name.arn}`, `{Name}`). */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export function installRecordingPlatform(stage: string): Recording {
  const components: RecordedComponent[] = [];
  const functions: RecordedFunction[] = [];
  const subscriptions: RecordedSubscription[] = [];
  const routes: RecordedRoute[] = [];
  const names = new WeakMap<object, string>();

  /** A component: records itself, answers any property with an output, and records subscriptions and routes. */
  function component(type: string, name: string, args: Record<string, unknown>): object {
    components.push({ type, name, args });
    if (type === "sst.aws.Function") functions.push({ name, via: type, args });
    // A cron job's function, made by the job: `${name}Handler` as SST names it.
    if (type === "sst.aws.Cron" && args.function !== undefined)
      functions.push({
        name: `${name}Handler`,
        via: type,
        args:
          typeof args.function === "string"
            ? { handler: args.function }
            : (args.function as Record<string, unknown>),
      });
    const methods: Record<string, unknown> = {
      subscribe(subscriptionName: string, subscriber: string | Record<string, unknown>, subscribeArgs = {}) {
        const functionArgs = typeof subscriber === "string" ? { handler: subscriber } : subscriber;
        const functionName = `${subscriptionName}Function`;
        functions.push({ name: functionName, via: `${type}.subscribe`, args: functionArgs });
        subscriptions.push({ source: name, type, name: subscriptionName, functionName, args: subscribeArgs });
        return { nodes: output(subscriptionName) };
      },
      route(route: string, target: unknown, routeArgs?: unknown) {
        routes.push({ component: name, route, target, args: routeArgs });
      },
      routeBucket(route: string, bucket: unknown, routeArgs?: unknown) {
        routes.push({ component: name, route, target: bucket, args: routeArgs });
      },
      /** In a JSON copy of some arguments, a component is its name in braces. */
      toJSON: () => `{${name}}`,
    };
    const self = new Proxy(methods, {
      get(target, property) {
        if (typeof property === "symbol") return undefined;
        return property in target ? target[property] : output(`${name}.${property}`);
      },
    });
    names.set(self, name);
    return self;
  }

  /**
   * What `new sst.aws.Dynamo(name, args)` and the like construct; `sst.aws.Bus.get(name, busName)`, a
   * reference to one that exists, is recorded as the type with `{ existing: busName }`.
   */
  const componentType = (type: string) =>
    new Proxy(function Component() {}, {
      construct: (_target, [name, args = {}]) => component(type, name, args),
      get: (_target, property) =>
        property === "get"
          ? (name: string, existing: unknown) => component(type, name, { existing })
          : undefined,
    });

  const interpolate = (strings: TemplateStringsArray, ...values: unknown[]) =>
    strings.reduce(
      (text, part, index) => `${text}${part}${index < values.length ? String(values[index]) : ""}`,
      "",
    );

  Object.assign(globalThis, {
    $config: (config: unknown) => config,
    $app: { name: "meetstream", stage },
    $interpolate: interpolate,
    $jsonStringify: (value: unknown) => JSON.stringify(value),
    sst: {
      Secret: componentType("sst.Secret"),
      Linkable: componentType("sst.Linkable"),
      aws: Object.fromEntries(
        [
          "Dynamo",
          "Bus",
          "Bucket",
          "Queue",
          "Function",
          "ApiGatewayV2",
          "Router",
          "StaticSite",
          "Email",
          "Auth",
          "Cron",
        ].map((type) => [type, componentType(`sst.aws.${type}`)]),
      ),
    },
    aws: {
      sqs: { QueuePolicy: componentType("aws.sqs.QueuePolicy") },
      scheduler: { ScheduleGroup: componentType("aws.scheduler.ScheduleGroup") },
      iam: {
        Role: componentType("aws.iam.Role"),
        RolePolicy: componentType("aws.iam.RolePolicy"),
      },
      cloudwatch: {
        EventRule: componentType("aws.cloudwatch.EventRule"),
        EventTarget: componentType("aws.cloudwatch.EventTarget"),
      },
    },
  });

  return {
    components,
    functions,
    subscriptions,
    routes,
    nameOf: (component) => (typeof component === "object" && component ? names.get(component) : undefined),
  };
}
