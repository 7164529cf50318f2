using System.Text.Json.Serialization;
using Bff.Backends.Http;
using Bff.Backends.Propagation;
using Refit;

namespace Bff.Backends.Tests.Support;

/// <summary>
/// A Refit client with the BFF's settings and request-shaping handlers, in the registration's order, over a recording
/// handler and without the resilience pipeline, so one recorded answer is one call.
/// </summary>
public static class DirectClient
{
    public static T For<T>(RecordingHandler handler, string backend, JsonSerializerContext json, string baseAddress = "http://backend.test/")
        where T : class
    {
        var baseUrl = new Uri(baseAddress);
        var http = new HttpClient(new RouteGuardHandler(() => baseUrl)
        {
            InnerHandler = new NotFoundAsNullHandler(NotFoundAsNullHandler.MethodsOf<T>()) { InnerHandler = handler },
        })
        {
            BaseAddress = baseUrl,
        };
        return RestService.ForGenerated<T>(http, BackendRefitSettings.Create(backend, json));
    }
}
