import type { Finding } from './finding.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

function count(findings: readonly Finding[]) {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

function plural(amount: number, word: string): string {
  return `${amount} ${word}${amount === 1 ? '' : 's'}`;
}

/**
 * The closing line, which says in every case whether the check passed: "Content check passed: 0 errors,
 * 2 warnings in 24 files." Warnings alone pass.
 */
export function summaryLine(findings: readonly Finding[], files: number): string {
  const { errors, warnings } = count(findings);
  const verdict = errors === 0 ? 'passed' : 'failed';
  return `Content check ${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
}

/** One `path:line:col  field  message` line per finding, then the summary. */
export function formatText(findings: readonly Finding[], files: number): string {
  const lines = findings.map((finding) => {
    // One line per finding, whatever a parser's message holds.
    const oneLine = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
    const message = finding.severity === 'warning' ? `warning: ${oneLine}` : oneLine;
    return `${finding.file}:${finding.line}:${finding.column}  ${finding.field}  ${message}`;
  });
  return [...lines, summaryLine(findings, files)].join('\n') + '\n';
}

/** The findings and totals as one JSON document. */
export function formatJson(findings: readonly Finding[], files: number): string {
  const { errors, warnings } = count(findings);
  const report = {
    files,
    errors,
    warnings,
    summary: summaryLine(findings, files),
    findings: findings.map(({ file, line, column, field, message, severity, rule }) => ({ file, line, column, field, message, severity, rule })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Escapes a workflow command's message (GitHub's `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value (GitHub's `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, so findings show as annotations on the pull request. */
export function formatGithub(findings: readonly Finding[], files: number): string {
  const lines = findings.map((finding) => {
    const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `col=${finding.column}`, `title=${escapeProperty(finding.field)}`].join(
      ',',
    );
    return `::${finding.severity} ${properties}::${escapeData(finding.message)}`;
  });
  return [...lines, summaryLine(findings, files)].join('\n') + '\n';
}

export function formatFindings(format: Format, findings: readonly Finding[], files: number): string {
  switch (format) {
    case 'json':
      return formatJson(findings, files);
    case 'github':
      return formatGithub(findings, files);
    default:
      return formatText(findings, files);
  }
}
