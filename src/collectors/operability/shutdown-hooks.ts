// Code that handles termination: a SIGTERM handler or the framework's shutdown hook. SIGTERM is what
// Kubernetes, Docker and every PaaS send before killing a process; a SIGINT (Ctrl-C) handler alone is
// not counted. Servers that drain on SIGTERM by themselves (uvicorn, gunicorn, Puma) are not visible here.
import type { Language } from '../../evidence.js';
import { callText } from './call-text.js';
import { includesAny, literalSignal, type SourceText } from './source-text.js';

interface ShutdownPattern {
  regex: RegExp;
  /** What the finding says was found. */
  hook: string;
  /** The call's arguments (possibly over several lines) must name SIGTERM. */
  needsSigterm?: boolean;
  /** Every match holds one of these, so a file without any of them is not searched line by line. */
  literals: readonly string[];
}

const JS: readonly ShutdownPattern[] = [
  { regex: /\bprocess\.(?:on|once|addListener|prependListener)\(\s*["'`]SIGTERM["'`]/, hook: "process.on('SIGTERM')", literals: ['SIGTERM'] },
  { regex: /\.enableShutdownHooks\(/, hook: 'enableShutdownHooks()', literals: ['.enableShutdownHooks('] },
  { regex: /\bcreateTerminus\(/, hook: 'createTerminus()', literals: ['createTerminus('] },
];

const JVM: readonly ShutdownPattern[] = [{ regex: /\.addShutdownHook\(/, hook: 'Runtime.addShutdownHook()', literals: ['.addShutdownHook('] }];

const PATTERNS: Partial<Record<Language, readonly ShutdownPattern[]>> = {
  javascript: JS,
  typescript: JS,
  python: [
    { regex: /\bsignal\.signal\(\s*(?:signal\.)?SIGTERM\b/, hook: 'signal.signal(SIGTERM)', literals: ['SIGTERM'] },
    { regex: /\.add_signal_handler\(\s*(?:signal\.)?SIGTERM\b/, hook: 'loop.add_signal_handler(SIGTERM)', literals: ['SIGTERM'] },
    { regex: /\.on_event\(\s*["']shutdown["']/, hook: 'on_event("shutdown")', literals: ['.on_event('] },
  ],
  go: [
    { regex: /\bsignal\.(?:Notify|NotifyContext)\(/, hook: 'signal.Notify(SIGTERM)', needsSigterm: true, literals: ['SIGTERM'] },
    { regex: /\b\w*(?:srv|server|Server)\.Shutdown\(/, hook: 'http.Server.Shutdown()', literals: ['.Shutdown('] },
    { regex: /\.GracefulStop\(\)/, hook: 'grpc.Server.GracefulStop()', literals: ['.GracefulStop()'] },
  ],
  java: JVM,
  kotlin: JVM,
  csharp: [{ regex: /\bApplicationStopping\.Register\(/, hook: 'ApplicationStopping.Register()', literals: ['ApplicationStopping.Register('] }],
  ruby: [{ regex: /\b(?:Signal\.)?trap\(\s*["'](?:SIG)?TERM["']/, hook: 'trap("TERM")', literals: ['trap('] }],
  php: [{ regex: /\bpcntl_signal\(\s*SIGTERM\b/, hook: 'pcntl_signal(SIGTERM)', literals: ['pcntl_signal('] }],
  rust: [
    { regex: /\bSignalKind::terminate\(\)/, hook: 'signal(SignalKind::terminate())', literals: ['SignalKind::terminate()'] },
    { regex: /\.with_graceful_shutdown\(/, hook: 'with_graceful_shutdown()', literals: ['.with_graceful_shutdown('] },
  ],
};

export interface ShutdownHook {
  line: number;
  hook: string;
}

/** Literals one of which a file needs for findShutdownHooks to find anything. */
export function shutdownLiterals(language: Language): readonly string[] {
  return (PATTERNS[language] ?? []).flatMap((pattern) => pattern.literals);
}

const shutdownSignal = literalSignal(shutdownLiterals);

export function findShutdownHooks(source: SourceText, language: Language): ShutdownHook[] {
  if (!shutdownSignal(language).test(source.raw)) return [];
  const patterns = (PATTERNS[language] ?? []).filter((pattern) => includesAny(source.raw, pattern.literals));
  const lines = source.lines();
  const hooks: ShutdownHook[] = [];
  lines.forEach((text, index) => {
    for (const pattern of patterns) {
      const match = pattern.regex.exec(text);
      if (!match) continue;
      if (pattern.needsSigterm && !/\bSIGTERM\b/.test(callText(lines, index, text.indexOf('(', match.index)))) continue;
      hooks.push({ line: index + 1, hook: pattern.hook });
      break;
    }
  });
  return hooks;
}

/** Spring Boot's `server.shutdown=graceful` in application*.properties / application*.yml. */
export function findSpringGracefulShutdown(text: string, yaml: boolean): ShutdownHook[] {
  const pattern = yaml ? /^\s+shutdown:\s*["']?graceful\b/ : /^\s*server\.shutdown\s*[=:]\s*graceful\b/;
  const hooks: ShutdownHook[] = [];
  text.split('\n').forEach((line, index) => {
    if (pattern.test(line)) hooks.push({ line: index + 1, hook: 'server.shutdown=graceful' });
  });
  return hooks;
}
