import { defineConfig } from '@graphql-hive/gateway';

// Found before mesh.config.ts (which the gateway would otherwise load too, for Mesh Compose users): the gateway runs
// with its defaults; the supergraph and --host/--port come from start.sh's command line.
export const gatewayConfig = defineConfig({});
