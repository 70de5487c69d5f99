import type { IncidentRecord } from '../../model/records';

export interface ExportLabels {
  title: string;
  site: string;
  opened: string;
  closed: string;
  details: Record<string, string>;
  steps: Record<string, string>;
  timeline: string;
  stepsHeading: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** The incident as Markdown, for support or the police. Times in UTC so they read the same anywhere. */
export function incidentMarkdown(incident: IncidentRecord, siteName: string, labels: ExportLabels): string {
  const lines = [`# ${labels.title}: ${siteName}`, '', `- ${labels.opened}: ${iso(incident.openedAt)}`];
  if (incident.closedAt) lines.push(`- ${labels.closed}: ${iso(incident.closedAt)}`);
  for (const [key, value] of Object.entries(incident.details))
    if (value.trim()) lines.push(`- ${labels.details[key] ?? key}: ${value.trim()}`);
  lines.push('', `## ${labels.stepsHeading}`, '');
  for (const [step, at] of Object.entries(incident.stepsDone).sort(([, a], [, b]) => a - b))
    lines.push(`- ${iso(at)}: ${labels.steps[step] ?? step}`);
  lines.push('', `## ${labels.timeline}`, '');
  for (const entry of [...incident.timeline].sort((a, b) => a.at - b.at))
    lines.push(`- ${iso(entry.at)}: ${entry.text.replace(/\n/g, ' ')}`);
  return lines.join('\n') + '\n';
}

export function incidentJson(incident: IncidentRecord, siteName: string): string {
  return JSON.stringify(
    { format: 'furima-guard-incident', version: 1, site: siteName, ...incident },
    null,
    2,
  );
}
