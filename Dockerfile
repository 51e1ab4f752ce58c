FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY core core
COPY web web
COPY workers workers
COPY plugins plugins
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["porosia", "run", "--host", "0.0.0.0", "--port", "8000"]
