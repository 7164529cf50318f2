using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Correlation;

internal sealed class HttpContextCorrelationIdAccessor(IHttpContextAccessor http) : ICorrelationIdAccessor
{
    public string? CorrelationId => http.HttpContext is { } context ? Correlation.CorrelationId.Get(context) : null;
}
