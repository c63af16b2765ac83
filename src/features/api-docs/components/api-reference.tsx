import { Badge } from '@/components/ui/badge';
import {
  type ApiDocument,
  type DocOperation,
  type JsonSchema,
  type Parameter,
  primaryContent,
  refName,
  resolve,
  resolveResponse,
  typeLabel,
} from '../schema';

/**
 * One operation of the API description, rendered with the app's components:
 * who may call it, its parameters, its request body and its answers. Server
 * component (no state): the search around it is ./operation-search.tsx.
 */

const METHOD_TONE = { GET: 'blue', POST: 'green', PUT: 'amber', PATCH: 'violet', DELETE: 'red' } as const;

export function MethodBadge({ method }: { method: string }) {
  return (
    <Badge tone={METHOD_TONE[method as keyof typeof METHOD_TONE] ?? 'neutral'} className="w-16 justify-center font-mono">
      {method}
    </Badge>
  );
}

const MAX_DEPTH = 4;

/** Text with `code` spans (the document's descriptions use Markdown backticks). */
function Text({ children }: { children: string }) {
  return (
    <>
      {children.split(/(`[^`]+`)/).map((part, i) =>
        part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
          <code key={i} className="font-mono text-xs">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Constraints({ schema }: { schema: JsonSchema }) {
  const notes: string[] = [];
  if (schema.pattern && typeLabel(schema) === 'string') notes.push(`pattern ${schema.pattern}`);
  if (schema.minLength !== undefined) notes.push(`min length ${schema.minLength}`);
  if (schema.maxLength !== undefined) notes.push(`max length ${schema.maxLength}`);
  if (schema.minimum !== undefined) notes.push(`min ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`max ${schema.maximum}`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.examples?.length) notes.push(`e.g. ${schema.examples.map((e) => JSON.stringify(e)).join(', ')}`);
  if (notes.length === 0) return null;
  return <span className="block font-mono text-xs text-muted-foreground">{notes.join(' · ')}</span>;
}

/** The properties of an object schema as a nested list (components by name, a few levels deep). */
export function SchemaView({ doc, schema, depth = 0 }: { doc: ApiDocument; schema: JsonSchema | undefined; depth?: number }) {
  const resolved = resolve(doc, schema);
  const target = resolved?.type === 'array' ? resolve(doc, resolved.items) : resolved;
  const properties = target?.properties;
  if (!properties || depth >= MAX_DEPTH) {
    return (
      <p className="text-sm">
        <span className="font-mono text-xs">{typeLabel(schema)}</span>
        {resolved?.description ? <span className="text-muted-foreground"> — {resolved.description}</span> : null}
      </p>
    );
  }
  const required = new Set(target.required ?? []);
  return (
    <ul className="grid gap-1.5 text-sm" role="list">
      {resolved?.type === 'array' ? <li className="text-xs text-muted-foreground">An array of:</li> : null}
      {Object.entries(properties).map(([name, property]) => {
        const inner = resolve(doc, property);
        const nested = inner?.properties || (inner?.type === 'array' && resolve(doc, inner.items)?.properties);
        return (
          <li key={name} className="min-w-0 border-l pl-3">
            <span className="font-mono text-sm font-medium">{name}</span>{' '}
            <span className="font-mono text-xs text-muted-foreground">{typeLabel(property)}</span>
            {required.has(name) ? (
              <Badge tone="amber" className="ml-2">
                required
              </Badge>
            ) : null}
            {property.description || inner?.description ? (
              <span className="block text-muted-foreground">{property.description ?? inner?.description}</span>
            ) : null}
            {inner ? <Constraints schema={inner} /> : null}
            {nested && depth + 1 < MAX_DEPTH ? (
              <div className="mt-1.5">
                <SchemaView doc={doc} schema={property} depth={depth + 1} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function ParametersTable({ parameters }: { parameters: Parameter[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Name
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              In
            </th>
            <th scope="col" className="py-1 font-medium">
              Type
            </th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.in}:${p.name}`} className="border-t align-top">
              <td className="py-1.5 pr-3 font-mono">
                {p.name}
                {p.required ? <span className="text-red-700"> *</span> : null}
              </td>
              <td className="py-1.5 pr-3 text-muted-foreground">{p.in}</td>
              <td className="py-1.5">
                <span className="font-mono text-xs">{typeLabel(p.schema)}</span>
                {p.description || p.schema?.description ? (
                  <span className="block text-muted-foreground">{p.description ?? p.schema?.description}</span>
                ) : null}
                {p.schema ? <Constraints schema={p.schema} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Heading({ children }: { children: React.ReactNode }) {
  return <h4 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">{children}</h4>;
}

/** The body of one operation (what its <details> shows when opened). */
export function OperationDetails({ doc, op }: { doc: ApiDocument; op: DocOperation }) {
  const { operation } = op;
  const body = primaryContent(operation.requestBody?.content);
  const role = operation['x-ledgerly-role'];
  return (
    <div className="grid gap-4 border-t p-3 text-sm">
      <p className="text-muted-foreground">
        {role ? (
          <>
            Bearer token or session; role <strong className="text-foreground">{role}</strong> or above.
          </>
        ) : (
          'Open without a session.'
        )}{' '}
        <span className="font-mono text-xs">operationId {operation.operationId}</span>
      </p>
      {operation.description
        ?.split('\n\n')
        .slice(1)
        .map((line) => (
          <p key={line} className="text-muted-foreground">
            <Text>{line}</Text>
          </p>
        ))}
      {operation.parameters?.length ? (
        <section className="grid gap-1.5">
          <Heading>Parameters</Heading>
          <ParametersTable parameters={operation.parameters} />
        </section>
      ) : null}
      {body ? (
        <section className="grid gap-1.5">
          <Heading>
            Request body ({body.type}
            {operation.requestBody?.required ? '' : ', optional'})
          </Heading>
          <SchemaView doc={doc} schema={body.schema} />
        </section>
      ) : null}
      <section className="grid gap-1.5">
        <Heading>Responses</Heading>
        <ul className="grid gap-2" role="list">
          {Object.entries(operation.responses).map(([status, raw]) => {
            const response = resolveResponse(doc, raw);
            const content = primaryContent(response.content);
            const success = status.startsWith('2');
            return (
              <li key={status} className="grid gap-1">
                <span>
                  <Badge tone={success ? 'green' : 'neutral'} className="mr-2 font-mono">
                    {status}
                  </Badge>
                  <Text>{response.description ?? ''}</Text>
                  {raw.$ref ? <span className="ml-1 font-mono text-xs text-muted-foreground">({refName(raw.$ref)})</span> : null}
                  {content && content.type !== 'application/json' ? (
                    <span className="ml-1 font-mono text-xs text-muted-foreground">{content.type}</span>
                  ) : null}
                </span>
                {success && content?.type === 'application/json' ? (
                  <div className="pl-2">
                    <SchemaView doc={doc} schema={content.schema} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
