import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

/**
 * Runs Debian's nginx in the foreground with the project's sample configuration
 * (src/deploy/nginx.conf), changed only to listen on a free loopback port and to serve
 * `root` instead of /var/www/thesis.
 */
export async function startNginx(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
	const port = await freePort();
	const prefix = mkdtempSync(join(tmpdir(), 'thesis-nginx-'));
	const site = readFileSync(resolve('src/deploy/nginx.conf'), 'utf8')
		.replace(/listen 80;/, `listen 127.0.0.1:${port};`)
		.replace(/root \/var\/www\/thesis;/, `root ${resolve(root)};`);
	const config = join(prefix, 'nginx.conf');
	writeFileSync(
		config,
		[
			'daemon off;',
			'worker_processes 1;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${join(prefix, 'error.log')} warn;`,
			'events { worker_connections 64; }',
			'http {',
			'  include /etc/nginx/mime.types;',
			'  default_type application/octet-stream;',
			`  access_log off;`,
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`),
			site,
			'}',
		].join('\n'),
	);
	const nginx: ChildProcess = spawn('nginx', ['-c', config, '-p', prefix], { stdio: ['ignore', 'ignore', 'pipe'] });
	let errors = '';
	nginx.stderr?.on('data', (chunk) => (errors += chunk));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		if (nginx.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
		try {
			await fetch(url);
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		stop: async () => {
			nginx.kill('SIGTERM');
			await new Promise((r) => nginx.once('exit', r));
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
