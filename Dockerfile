# syntax=docker/dockerfile:1
# Imagen de producción de Despacho: la misma imagen sirve para migrate, api y worker
# (docker-compose.yml elige el comando). Por defecto arranca la API.

FROM node:20-bookworm-slim AS base
# El proyecto usa npm 11 (lockfile, allowScripts); la imagen trae npm 10.
RUN npm install -g npm@11 && npm cache clean --force
WORKDIR /app

# Compilación: dependencias completas, TypeScript → dist/.
FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Ejecución: solo dependencias de producción, dist/ y los perfiles de municipalidad.
FROM base AS runtime
ENV NODE_ENV=production
# Una generación joven de 32 MB: lo que vive lo que dura un pedido no pasa a la generación vieja, y
# sin sus recolecciones completas el p99 bajo carga no salta (docs/performance.md). Igual en npm start.
ENV NODE_OPTIONS=--max-semi-space-size=32
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY config ./config
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
