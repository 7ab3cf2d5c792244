# syntax=docker/dockerfile:1
# One image for the API (the default command), the worker and the migrations; README, "Containers".
ARG NODE_VERSION=24

# Build: every dependency, then dist/ (nest build of src, workflows, migrations and scripts).
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src src
COPY workflows workflows
COPY migrations migrations
COPY scripts scripts
RUN npm run build

# Run: production dependencies and the build only, as the unprivileged `node` user.
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist dist
USER node
EXPOSE 3000
# Node itself is PID 1 and gets SIGTERM: both processes shut down gracefully on it.
CMD ["node", "dist/src/main.js"]
