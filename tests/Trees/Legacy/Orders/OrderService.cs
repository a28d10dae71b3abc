using Shop.Legacy;
using Shop.Legacy.Sms; // expect: SSOT002

namespace Shop.Orders;

public sealed class OrderService
{
    private readonly EmailSender _email = new EmailSender(); // expect: SSOT001
    private readonly SmsGateway _sms = new(); // expect: SSOT001

    public void Place(string customer)
    {
        _email.Send(customer, $"Order placed on {LegacyConfig.SmtpHost}:{LegacyConfig.DefaultPort}"); // expect: SSOT001
        _sms.Text(customer, "Order placed");
        LegacyEvents.Sent += OnSent; // expect: SSOT001
    }

    private static void OnSent(string to)
    {
    }
}
