// What Maven runs in web/ (pom.xml). Installing and building are skipped when nothing they read
// has changed, so `./mvnw spring-boot:run` starts in seconds the second time; the checks (lint,
// format, types, unit tests) run in Maven's test phase, so `./mvnw verify` runs them every time.
//
//   node scripts/maven.mjs install   npm ci, unless node_modules was installed from this lock file
//   node scripts/maven.mjs build     vite build into ../target/classes/static, unless its inputs are unchanged
//   node scripts/maven.mjs check     lint, format check, type check, unit tests
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { execSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const web = fileURLToPath(new URL('..', import.meta.url))
const output = join(web, '..', 'target', 'classes', 'static')
const installedStamp = join(web, 'node_modules', '.rongjun-lock-hash')
const builtStamp = join(output, '.web-hash')

/** Everything a production build reads besides node_modules (which the lock file pins). */
const buildInputs = ['src', 'public', 'index.html', 'package-lock.json', 'vite.config.ts', 'tsconfig.app.json', 'env.d.ts']

function run(command) {
  console.log(`[web] ${command}`)
  execSync(command, { cwd: web, stdio: 'inherit' })
}

function files(path) {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === '__tests__' ? [] : files(join(path, name))))
}

function hashOf(paths) {
  const hash = createHash('sha256')
  for (const file of paths.flatMap((path) => files(join(web, path)))) {
    hash.update(relative(web, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

function upToDate(stamp, hash) {
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === hash
}

const [step, skipTests] = process.argv.slice(2)
if (step === 'install') {
  const hash = hashOf(['package-lock.json'])
  if (upToDate(installedStamp, hash)) {
    console.log('[web] node_modules matches package-lock.json: npm ci skipped')
  } else {
    // --loglevel=error: Element Plus pins @vueuse/core 15, whose package.json asks for Node 22 for
    // its own build tooling; the browser code runs the same, so npm's EBADENGINE notice on the
    // supported Node 20.19 is noise. Real errors still print and fail the build.
    run('npm ci --no-audit --no-fund --loglevel=error')
    writeFileSync(installedStamp, hash)
  }
} else if (step === 'build') {
  const hash = hashOf(buildInputs)
  if (upToDate(builtStamp, hash) && existsSync(join(output, 'index.html'))) {
    console.log('[web] sources unchanged since the last build: vite build skipped')
  } else {
    run('npm run build')
    writeFileSync(builtStamp, hash)
  }
} else if (step === 'check') {
  if (skipTests === 'true') {
    console.log('[web] -DskipTests: web checks skipped')
  } else {
    run('npm run check')
  }
} else {
  console.error(`[web] unknown step "${step}" (install, build or check)`)
  process.exit(2)
}
