# One TeamGrains node (gateway + silo). Build from the repository root:
#   docker build -t teamgrains .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/TeamGrains.Gateway -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
# The aspnet image has bash but neither curl nor wget.
HEALTHCHECK --interval=10s --timeout=3s CMD bash -c "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"
ENTRYPOINT ["dotnet", "TeamGrains.Gateway.dll"]
