# One image for every Portico process (api, worker, office, portal, migrate): the code runs
# through tsx as in development, and docker-compose.yml picks each service's command.
FROM node:20-bookworm-slim

WORKDIR /app
# REDISMS_DISABLE_POSTINSTALL: redis-memory-server (a dev-launcher dependency) must never
# download a Redis binary; compose runs a real Redis.
ENV CI=true \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    REDISMS_DISABLE_POSTINSTALL=1
# corepack installs the pnpm version pinned in package.json's packageManager.
RUN corepack enable

# The lockfile alone decides what is fetched, so this layer survives code changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --frozen-lockfile

COPY . .
RUN pnpm install --frozen-lockfile --offline

# Containers are reached through published ports, so the API listens beyond loopback.
ENV HOST=0.0.0.0
EXPOSE 3000 5173 5174
CMD ["pnpm", "--filter", "@portico/api", "exec", "tsx", "src/main.ts"]
