// Code that handles termination: a SIGTERM handler or the framework's shutdown hook. SIGTERM is what
// Kubernetes, Docker and every PaaS send before killing a process; a SIGINT (Ctrl-C) handler alone is
// not counted. Servers that drain on SIGTERM by themselves (uvicorn, gunicorn, Puma) are not visible here.
import type { Language } from '../../evidence.js';
import { callText } from './call-text.js';

interface ShutdownPattern {
  regex: RegExp;
  /** What the finding says was found. */
  hook: string;
  /** The call's arguments (possibly over several lines) must name SIGTERM. */
  needsSigterm?: boolean;
}

const JS: readonly ShutdownPattern[] = [
  { regex: /\bprocess\.(?:on|once|addListener|prependListener)\(\s*["'`]SIGTERM["'`]/, hook: "process.on('SIGTERM')" },
  { regex: /\.enableShutdownHooks\(/, hook: 'enableShutdownHooks()' },
  { regex: /\bcreateTerminus\(/, hook: 'createTerminus()' },
];

const JVM: readonly ShutdownPattern[] = [{ regex: /\.addShutdownHook\(/, hook: 'Runtime.addShutdownHook()' }];

const PATTERNS: Partial<Record<Language, readonly ShutdownPattern[]>> = {
  javascript: JS,
  typescript: JS,
  python: [
    { regex: /\bsignal\.signal\(\s*(?:signal\.)?SIGTERM\b/, hook: 'signal.signal(SIGTERM)' },
    { regex: /\.add_signal_handler\(\s*(?:signal\.)?SIGTERM\b/, hook: 'loop.add_signal_handler(SIGTERM)' },
    { regex: /\.on_event\(\s*["']shutdown["']/, hook: 'on_event("shutdown")' },
  ],
  go: [
    { regex: /\bsignal\.(?:Notify|NotifyContext)\(/, hook: 'signal.Notify(SIGTERM)', needsSigterm: true },
    { regex: /\b\w*(?:srv|server|Server)\.Shutdown\(/, hook: 'http.Server.Shutdown()' },
    { regex: /\.GracefulStop\(\)/, hook: 'grpc.Server.GracefulStop()' },
  ],
  java: JVM,
  kotlin: JVM,
  csharp: [{ regex: /\bApplicationStopping\.Register\(/, hook: 'ApplicationStopping.Register()' }],
  ruby: [{ regex: /\b(?:Signal\.)?trap\(\s*["'](?:SIG)?TERM["']/, hook: 'trap("TERM")' }],
  php: [{ regex: /\bpcntl_signal\(\s*SIGTERM\b/, hook: 'pcntl_signal(SIGTERM)' }],
  rust: [
    { regex: /\bSignalKind::terminate\(\)/, hook: 'signal(SignalKind::terminate())' },
    { regex: /\.with_graceful_shutdown\(/, hook: 'with_graceful_shutdown()' },
  ],
};

export interface ShutdownHook {
  line: number;
  hook: string;
}

export function findShutdownHooks(lines: readonly string[], language: Language): ShutdownHook[] {
  const patterns = PATTERNS[language] ?? [];
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
