using System.Net;
using Bff.Backends.Http;
using Bff.Domains.Common;
using Bff.Resilience;

namespace Bff.Domains.Tests.Common;

public sealed class BackendErrorMappingTests
{
    public static TheoryData<Exception, string> Failures() => new()
    {
        { new BackendException("pricing", HttpStatusCode.InternalServerError, "Boom at http://pricing.internal/x"), "BACKEND_UNAVAILABLE" },
        { new BackendException("pricing", HttpStatusCode.TooManyRequests), "BACKEND_UNAVAILABLE" },
        { new BackendException("pricing", HttpStatusCode.Unauthorized), "UNAUTHENTICATED" },
        { new BackendException("pricing", HttpStatusCode.NotFound, "Not in cart"), "NOT_FOUND" },
        { new BackendException("pricing", HttpStatusCode.BadRequest, "Quantity too large"), "BAD_USER_INPUT" },
        { new BackendException("pricing", HttpStatusCode.UnprocessableEntity), "BAD_USER_INPUT" },
        { new BackendUnavailableException("pricing", BackendUnavailableReason.CircuitOpen), "CIRCUIT_OPEN" },
        { new BackendUnavailableException("pricing", BackendUnavailableReason.Timeout), "BACKEND_TIMEOUT" },
        { new BackendUnavailableException("pricing", BackendUnavailableReason.DeadlineExceeded), "BACKEND_TIMEOUT" },
        { new BackendUnavailableException("pricing", BackendUnavailableReason.BulkheadFull), "BACKEND_UNAVAILABLE" },
        { new HttpRequestException("Connection refused (pricing.internal:5203)"), "BACKEND_UNAVAILABLE" },
        { new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"), "BACKEND_TIMEOUT" },
        { new ArgumentException("'..' would address another route; the request was not sent."), "BAD_USER_INPUT" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void EveryBackendFailureBecomesAnErrorWithItsCodeAndBackend(Exception failure, string code)
    {
        var error = BackendErrorMapping.Map("pricing", failure, CancellationToken.None);

        Assert.NotNull(error);
        Assert.Equal(code, error.Code);
        Assert.Equal("pricing", error.Extensions!["backend"]);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void MessagesNeverCarryAddressesOrTheBackendsDetails(Exception failure, string code)
    {
        var message = BackendErrorMapping.Map("pricing", failure, CancellationToken.None)!.Message;

        Assert.DoesNotContain("http", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("internal", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("route", message, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(code));
    }

    [Fact]
    public void TheProblemTitleOfTheCallersOwnMistakeIsShown()
    {
        var error = BackendErrorMapping.Map("cart", new BackendException("cart", HttpStatusCode.BadRequest, "Quantity must be 1-99"), CancellationToken.None);

        Assert.Equal("Quantity must be 1-99", error!.Message);
    }

    [Fact]
    public void TheRequestsOwnCancellationAndUnknownExceptionsAreLeftToTheEngine()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();

        Assert.Null(BackendErrorMapping.Map("pricing", new OperationCanceledException(aborted.Token), aborted.Token));
        Assert.Null(BackendErrorMapping.Map("pricing", new InvalidOperationException("a bug"), CancellationToken.None));
    }
}
