using Shop.Notifications;

namespace Shop.Orders;

public sealed class Refunds
{
    public void Refund(string customer)
    {
        var notifier = new Notifier(); // expect: SSOT006
        notifier.Notify(customer, "refunded");
    }
}
