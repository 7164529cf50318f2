namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>Close codes of graphql-transport-ws (graphql-ws's <c>CloseCode</c>) and the WebSocket ones the server uses.</summary>
internal static class WebSocketCloseCodes
{
    public const int PolicyViolation = 1008;
    public const int MessageTooBig = 1009;
    public const int InternalServerError = 4500;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
