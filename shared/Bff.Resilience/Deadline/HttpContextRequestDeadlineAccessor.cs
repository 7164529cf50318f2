using Microsoft.AspNetCore.Http;

namespace Bff.Resilience;

/// <summary>
/// Reads the deadline from the current <see cref="HttpContext"/>'s features rather than keeping an ambient
/// value of its own: the deadline lives and dies with the request that owns it.
/// </summary>
internal sealed class HttpContextRequestDeadlineAccessor(IHttpContextAccessor httpContextAccessor) : IRequestDeadlineAccessor
{
    public RequestDeadline? Current => httpContextAccessor.HttpContext?.Features.Get<RequestDeadline>();
}
