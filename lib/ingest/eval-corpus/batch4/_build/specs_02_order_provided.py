# order_not_completed (16: en 8, ru 8) and number_not_provided (16: en 8, ru 8)
from common import M

# ---------------- order_not_completed ----------------
M("french-number-stuck-in-progress", "en", "order_not_completed", ["French number"],
  (1190, "EUR", "€11.90", "eur_symbol_prefix"), True, ("card", "1111", "4111 1111 1111 1111"),
  [], ["ORD-448120"], [], """\
Hello,

On 20 January I ordered a French number on your website (ORD-448120). The site let me pick
the number, I paid €11.90 and the order has been "In progress" ever since. Four days, no
number, no email. I don't want to wait any longer.

Please return the money to the card I paid with: 4111 1111 1111 1111.

Regards,
Claire Dubois
""", subj="Order stuck In progress", frm="Claire Dubois <claire.dubois@mail.example.com>",
  date="Sat, 24 Jan 2026 11:47:02 +0100")

M("kz-order-v-obrabotke", "ru", "order_not_completed", ["номер Казахстана"],
  (120050, "RUB", "1 200,50 ₽", "rub_symbol_decimal"), True, ("card", "2346", "5123 4567 8901 2346"),
  ["+79260001122"], ["ORD-230471"], [], """\
Здравствуйте!

Оплатил заказ на номер Казахстана (ORD-230471), сайт дал заказать, деньги списались —
1 200,50 ₽, а заказ так и висит «в обработке» третьи сутки. Номер мне не выдали.

Отмените заказ и верните деньги на карту 5123 4567 8901 2346.

--
Денис Гришин
+7 (926) 000-11-22
""", subj="Заказ висит в обработке", frm="Денис Гришин <d.grishin@mail.example.ru>", feats=["signature_phone"])

M("api-order-usdt-html", "en", "order_not_completed", ["Hungarian number"],
  (2500, "USD", "$25.00", "usd_symbol"), True, ("crypto", "U7vW", "TXyZ7aB3cD9eF2gH4jK6mN8pQ1rS5tU7vW"),
  [], ["ORD-905533"], [], """\
<html><body>
<p>Hi,</p>
<p>I ordered a Hungarian number through your API. <code>POST /v2/orders</code> returned <b>201</b> with id ORD-905533, my balance was charged <b>$25.00</b>, but the order never completed &mdash; status stays <code>processing</code> for 3 days and <code>GET /v2/orders/ORD-905533</code> shows no number attached.</p>
<p>Please refund the $25.00 to my USDT (TRC-20) address:<br><code>TXyZ7aB3cD9eF2gH4jK6mN8pQ1rS5tU7vW</code></p>
<p>&mdash; Viktor Hajdu</p>
</body></html>
""", subj="Order processing forever (API)", frm="Viktor Hajdu <viktor@hajdu.example.dev>", fmt="html",
  feats=["developer", "entities"])

M("translit-zakaz-ne-vypolnen", "ru", "order_not_completed", ["nomer SShA"],
  (50000, "RUB", "500 rub", "rub_translit"), True, ("card", "3346", "2200 2800 1122 3346"),
  [], [], [], """\
zdravstvuite, zakazal u vas nomer SShA, dengi spisali 500 rub a zakaz ne vypolnen, nomera net.
verite dengi na kartu 2200 2800 1122 3346
""", subj="zakaz ne vypolnen", frm="<vovan.krd@mail.example.ru>", feats=["translit", "typos"])

M("oneliner-order-never-completed", "en", "order_not_completed", None,
  (500, "USD", "$5", "usd_symbol"), True, None, [], ["ORD-774410"], ["serviceName", "paymentDetails"], """\
Order ORD-774410 never completed but you took $5. Refund to my card.
""", subj="ORD-774410", frm="<b.okafor@mail.example.ng>", feats=["oneliner"])

M("usa-order-cancelled-1251-b64", "ru", "order_not_completed", ["номер США"],
  (1500, "USD", "15 долларов", "usd_word_ru"), True, ("bank_account", "7731", "40817810538290017731"),
  [], ["ORD-162904"], [], """\
Добрый день.

Заказывал номер США на сайте, номер был доступен, оплата прошла (15 долларов), а через час
заказ ORD-162904 сам отменился со статусом «Ошибка». Номер не выдан.

Прошу вернуть деньги на мой счёт:
Получатель: Фёдоров Илья Сергеевич
р/с 40817810538290017731
ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225

Фёдоров И.
""", subj="Заказ отменился, деньги списаны", frm="Илья Фёдоров <ilya.fedorov@mail.example.ru>",
  cs="windows-1251", cte="base64", feats=["ru_requisites"])

M("order-failed-screenshot-paypal", "en", "order_not_completed", ["Mexican number"],
  (1800, "USD", "$18", "usd_symbol"), True, ("paypal", "ommx", "rosa.mendez@correo.example.com.mx"),
  [], ["ORD-381266"], [], """\
Hi,

I tried to order a Mexican number (order ORD-381266). The website showed it as available,
took my $18 and then the order page says "Failed". Screenshot attached.

Please refund to my PayPal rosa.mendez@correo.example.com.mx

Thanks, Rosa
""", subj="Order failed but charged", frm="Rosa Mendez <rosa.mendez@correo.example.com.mx>",
  fmt="mixed", attach=("order-failed.png", "image/png"), feats=["attachment"])

M("fwd-apple-order-confirmation", "ru", "order_not_completed", ["номер Армении"],
  (149000, "RUB", "1 490 RUB", "rub_code_space"), True, ("wallet", "8901", "410012345678901"),
  [], ["ORD-557019"], [], """\
Здравствуйте. Заказ на номер Армении не выполнен уже 3 дня, номер так и не выдали. Письмо
с подтверждением ниже. Верните деньги на ЮMoney 410012345678901.

Begin forwarded message:

> From: Orders <orders@refund-desk.test>
> Subject: Order ORD-557019 received
> Date: 27 January 2026 at 21:14:09 GMT+3
> To: gayane.m@mail.example.am
>
> Thank you for your order!
> Item: Virtual number, Armenia (Yerevan), 1 month
> Total: 1 490 RUB
> Status: processing
""", subj="Fwd: Order ORD-557019 received", date="Fri, 30 Jan 2026 22:05:17 +0400", frm="Гаяне М. <gayane.m@mail.example.am>",
  feats=["forward_apple", "mixed_language"],
  notes="Amount and order from the forwarded confirmation the customer relies on.")

M("legal-gbp-sortcode-order", "en", "order_not_completed", ["UK geographic number"],
  (1400, "GBP", "GBP 14.00", "gbp_code_prefix"), True, ("bank_account", "6819", "31926819"),
  ["+441632960123"], ["ORD-290017"], [], """\
Dear Sirs,

Re: Order ORD-290017 - UK geographic number (Manchester 0161)

I placed the above order on 2 February 2026 and paid GBP 14.00. Your website offered the
number for sale. As at today's date the order has not been fulfilled and no number has been
allocated to my account. I therefore request a refund of GBP 14.00 in full.

Please remit the sum to: Lloyds Bank, sort code 30-94-57, account number 31926819
(account name: H. Whitcombe).

I look forward to your confirmation within the period stated in your policy.

Yours faithfully,
Henry Whitcombe
Tel. 01632 960123
""", subj="Order ORD-290017 - request for refund", date="Mon, 09 Feb 2026 10:12:40 +0000", frm="Henry Whitcombe <h.whitcombe@mail.example.co.uk>",
  feats=["legalistic", "uk_bank", "signature_phone"])

M("mixed-order-failed-uk-number", "ru", "order_not_completed", ["UK number"],
  (600, "GBP", "£6", "gbp_symbol"), True, ("paypal", "lcom", "dima.sokol@gmail.com"),
  [], [], [], """\
Привет. Оплатил order на UK number, но order failed, номер не выдали, а £6 списали.
Верните на paypal dima.sokol@gmail.com плиз
""", subj="order failed", frm="Dima Sokol <dima.sokol@gmail.com>", feats=["mixed_language"])

M("quoted-order-email-italian", "en", "order_not_completed", ["Italian number"],
  (950, "EUR", "9.50 EUR", "eur_code_suffix"), True, ("iban", "3456", "IT60 X054 2811 1010 0000 0123 456"),
  [], ["ORD-667802"], [], """\
It's been 5 days and this order still isn't done. Please cancel it and refund the 9.50 EUR
to IBAN IT60 X054 2811 1010 0000 0123 456 (Marco Bellini).
I don't need the Italian number anymore if you can't deliver it.

On Sat, 7 Feb 2026, 09:12 Orders <orders@refund-desk.test> wrote:
> Your order ORD-667802 is being processed.
> Product: Virtual number - Italy (Milan)
> Amount: 9.50 EUR
> We will notify you when your number is ready.
""", subj="Re: Your order ORD-667802 is being processed", frm="Marco Bellini <marco.bellini@mail.example.it>",
  date="Thu, 12 Feb 2026 19:30:44 +0100", feats=["quoted_reply"])

M("georgia-order-koi8-balance", "ru", "order_not_completed", ["номера Грузии"],
  (150000, "RUB", "1500 руб", "rub_abbrev"), False, None, [], ["ORD-871215"], ["paymentDetails"], """\
Здравствуйте.
Заказ номера Грузии ORD-871215 не завершен, номер не выдан, хотя на сайте он был в наличии.
С баланса списали 1500 руб. Прошу вернуть их обратно на баланс.
Спасибо.
""", subj="Заказ не завершен", frm="Георгий <g.tsereteli@mail.example.ge>", cs="koi8-r",
  feats=["balance_request"])

M("student-uk-number-failed-alt", "en", "order_not_completed", ["uk number"],
  (600, "GBP", "6 pounds", "gbp_word"), True, ("card", "0887", "card ending 0887"),
  [], [], [], """\
Hi there,

I'm a student and I paid 6 pounds for a uk number for my uni society signup, but the order
page just says "failed" and I never got a number. Money is gone from my account though.

Could you please send it back to my Monzo card ending 0887? It's a lot for me right now.

Thanks so much,
Ellie (2nd year, Leeds)
""", subj="paid but order failed", frm="Ellie Carter <ellie.carter@leeds.example.ac.uk>", fmt="alt",
  feats=["student"])

M("quoted-support-dve-tysyachi", "ru", "order_not_completed", ["испанский номер"],
  (200000, "RUB", "две тысячи рублей", "words"), True, ("card", "4457", "4890 4911 2233 4457"),
  [], [], [], """\
Хорошо, тогда отмените заказ. Верните две тысячи рублей на карту 4890 4911 2233 4457.

Пн, 16 февр. 2026 г. в 12:05, Служба поддержки <support@refund-desk.test>:
> Здравствуйте!
> Ваш заказ на испанский номер пока не может быть выполнен, мы разбираемся.
> Вы можете подождать или запросить возврат в Refund Desk.

Вс, 15 февр. 2026 г. в 22:48, Максим Орлов <max.orlov@mail.example.ru> написал(а):
> > Оплатил испанский номер, заказ не выполнен, номера нет.
> > Мой телефон для связи +7 916 222-33-44
""", subj="Re: Заказ не выполнен", frm="Максим Орлов <max.orlov@mail.example.ru>",
  date="Mon, 16 Feb 2026 14:11:09 +0300", feats=["quoted_reply", "nested_quote", "amount_words"],
  notes="Service from the quoted thread the customer relies on; the phone is only in the quoted part.")

M("rambling-shop-three-numbers-webmoney", "en", "order_not_completed", ["Portuguese number"],
  (1000, "USD", "$10", "usd_symbol"), True, ("wallet", "9012", "Z123456789012"),
  ["+351912345678", "+351213456789"], ["ORD-719904"], [], """\
Hello, hope you are well.

So I run a small online shop selling handmade soaps (mostly to Portugal and Spain) and last
week I decided to get three virtual numbers from you so customers in each country could call
a local number. I paid $30 in total, $10 each. The Spanish ones came through fine the same
day, no complaints there, they work great and I already got a couple of orders through them.

But the Portuguese number, order ORD-719904, never completed. The website let me choose
it and took the money, then nothing. I've been checking every day. I wrote to the chat twice,
the first time they said wait 24 hours, the second time they said it should be ready soon,
but it's now day six. My cousin in Lisbon even tried to call the number I picked,
+351 912 345 678, and it just says it doesn't exist, so it was never activated I guess.

Honestly I don't want to wait anymore, I'll find something else for Portugal. Could you refund
the $10 for that one to my WebMoney Z123456789012? That's the one I used to pay.

Thanks a lot and sorry for the long email!
Inês Carvalho
Sabonetes da Inês
+351 213 456 789
""", subj="refund for one of my three orders", frm="Ines Carvalho <ines@sabonetes.example.pt>",
  feats=["long", "small_shop", "multi_amount", "signature_phone"],
  notes="$30 total paid, $10 asked back.",)

M("armenia-order-no-amount", "ru", "order_not_completed", ["номер Армении"],
  None, True, ("card", "8909", "4279 0123 4567 8909"), [], ["ORD-330958"], ["amount"], """\
Заказ ORD-330958 на номер Армении не выполнен, деньги списаны, номер не выдан.
Верните на карту Сбербанка 4279 0123 4567 8909.
""", subj="Заказ ORD-330958", frm="<arsen.h@mail.example.am>")

# ---------------- number_not_provided ----------------
M("hk-number-cannot-provide-amex", "en", "number_not_provided", ["Hong Kong number"],
  (2000, "USD", "$20", "usd_symbol"), True, ("card", "0005", "Amex ending 0005"),
  [], ["ORD-128842"], [], """\
Hello,

I paid $20 for a Hong Kong number (ORD-128842). Two days later your team emailed me that
the number cannot be provided because the local provider has stopped issuing numbers in
Hong Kong. That's not my fault, so I'd like my $20 back on my Amex ending 0005.

Thank you,
Wai Ling Chan
""", subj="Refund - Hong Kong number can't be provided", frm="Wai Ling Chan <wlchan@mail.example.hk>")

M("german-number-nevozmozhno-balance", "ru", "number_not_provided", ["немецкий номер"],
  (189000, "RUB", "1 890 ₽", "rub_symbol"), False, ("card", "8040", "2200 4627 1358 8040"), [], [], [], """\
Добрый день!

Мне пришло письмо, что немецкий номер, который я оплатил, предоставить невозможно «по
причинам, не зависящим от компании». Оплачено было 1 890 ₽ с карты 2200 4627 1358 8040.

Верните, пожалуйста, эти деньги на баланс личного кабинета, буду заказывать другой.

Спасибо,
Константин
""", subj="Номер не может быть предоставлен", frm="Константин Белов <k.belov@mail.example.ru>",
  feats=["balance_request", "card_but_balance"], notes="Card named as how he paid; refund asked to the balance: direct false.")

M("estonian-number-unavailable-iban", "en", "number_not_provided", ["Estonian number"],
  (800, "EUR", "€8", "eur_symbol_prefix"), True, ("iban", "5685", "EE38 2200 2210 2014 5685"),
  [], [], [], """\
Hi,
Your support told me yesterday that the Estonian number I paid for can't be provided after
all, something about the operator no longer giving out numbers to foreign resellers.
Please refund the €8 to EE38 2200 2210 2014 5685 (Kristjan Tamm).
Thanks
""", subj="Estonian number - refund", frm="Kristjan Tamm <kristjan.tamm@mail.example.ee>")

M("translit-nomer-ne-predostavili", "ru", "number_not_provided", ["nomer Izrailya"],
  (70000, "RUB", "700 rublei", "rub_translit"), True, ("card", "8892", "2201 0055 6677 8892"),
  [], [], [], """\
Zdravstvuite. Oplatil nomer Izrailya, 700 rublei, a potom podderzhka napisala chto nomer
predostavit ne mogut, operator ne vydaet. Pozhaluista vernite dengi na kartu
2201 0055 6677 8892. Spasibo, Artur
""", subj="nomer ne predostavili", frm="Artur <artur.g@mail.example.ru>", feats=["translit"])

M("mexico-regulator-html-paypal", "en", "number_not_provided", ["Mexican toll-free number"],
  (1450, "USD", "$14.50", "usd_symbol"), True, ("paypal", "leco", "finance@tacoloco.example.co"),
  [], ["ORD-402273"], [], """\
<p>Good afternoon,</p>
<p>We ordered a Mexican toll-free number (ORD-402273) for our support line and paid $14.50. Your support later said it <i>cannot be provided</i> due to new regulator restrictions in Mexico.</p>
<p>Since it&#8217;s not available, please refund the $14.50 to our PayPal: finance@tacoloco.example.co</p>
<p>Best,<br>
Diego Ramirez<br>
Taco Loco Catering</p>
""", subj="Toll-free number not available - refund", frm="Diego Ramirez <finance@tacoloco.example.co>",
  fmt="html", feats=["entities", "small_shop"])

M("irish-number-not-issued-requisites", "ru", "number_not_provided", ["Ирландский номер"],
  (350000, "RUB", "3 500 руб.", "rub_abbrev_space"), True, ("bank_account", "2210", "40817810700012342210"),
  [], ["ORD-845510"], [], """\
Здравствуйте!

Ирландский номер по заказу ORD-845510 мне так и не выдали: в поддержке объяснили, что
местный оператор сейчас не выделяет номера и вы ничего сделать не можете. Понимаю, но
3 500 руб. прошу вернуть.

Реквизиты:
ФИО: Кузнецова Мария Андреевна
Счёт: 40817810700012342210
Банк: АО «Альфа-Банк»
БИК: 044525593
Корр. счёт: 30101810200000000593

С уважением,
Мария
""", subj="Возврат за невыданный номер", frm="Мария Кузнецова <m.kuznetsova@mail.example.ru>",
  fmt="alt", cte="quoted-printable", feats=["ru_requisites"])

M("singapore-number-btc-crlf", "en", "number_not_provided", ["Singapore number"],
  (3500, "USD", "$35", "usd_symbol"), True, ("crypto", "f3t4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
  [], ["ORD-593381"], [], """\
Hi,

I waited two weeks for the Singapore number (ORD-593381). Today you wrote that it can't be
provided because the provider doesn't have numbers anymore. Fine, but I paid $35.

Refund to BTC please: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4

Alex
""", subj="Singapore number", frm="Alex Tan <alex.tan.sg@proton.example.me>", crlf=True)

M("turkey-number-lira-b64", "ru", "number_not_provided", ["номер Турции"],
  (25000, "TRY", "250 лир", "try_word_ru"), True, ("card", "8871", "5376 4321 0099 8871"),
  [], [], [], """\
Здравствуйте. Номер Турции так и не предоставили — сказали, что у оператора проблемы и
номеров нет. Я платил 250 лир (картой, списание было в лирах, я живу в Анталье).
Прошу вернуть деньги на карту 5376 4321 0099 8871.
""", subj="Номер Турции", frm="Андрей <andrey.antalya@mail.example.com>", cte="base64")

M("outlook-fwd-regret-cannot-provide", "en", "number_not_provided", ["number in Frankfurt", "Frankfurt number"],
  (1990, "EUR", "19.90 EUR", "eur_code_suffix"), True, ("iban", "4931", "DE44 5001 0517 5407 3249 31"),
  ["+4915112345678"], ["ORD-215567"], [], """\
Hello,

please see your own message below. Since you cannot provide the number in Frankfurt I paid for,
please refund the 19.90 EUR to DE44 5001 0517 5407 3249 31.

Regards
Stefan Braun
Mobil +49 151 12345678

From: Support <support@refund-desk.test>
Sent: Tuesday, March 3, 2026 10:14 AM
To: Stefan Braun <s.braun@mail.example.de>
Subject: Your order ORD-215567

Dear customer,

we regret to inform you that we cannot provide the Frankfurt number you ordered: the local
provider has withdrawn this number range. You may request a refund.

Kind regards
Support
""", subj="FW: Your order ORD-215567", frm="Stefan Braun <s.braun@mail.example.de>",
  date="Tue, 03 Mar 2026 15:41:27 +0100", feats=["forward_outlook", "signature_phone"])

M("belarus-number-pdf-receipt", "ru", "number_not_provided", ["номер Беларуси"],
  (3500, "BYN", "35 белорусских рублей", "byn_word_ru"), True, ("card", "2235", "4466 9877 0011 2235"),
  ["+375291234567"], [], [], """\
Добрый день,

оплатила номер Беларуси, а через день получила письмо, что предоставить его вы не можете:
оператор прекратил выдачу номеров. Чек во вложении. Сумма 35 белорусских рублей.

Верните, пожалуйста, на карту 4466 9877 0011 2235.

Наталья
+375 29 123-45-67
""", subj="Возврат средств", frm="Наталья Ковальчук <n.kovalchuk@mail.example.by>", fmt="mixed",
  attach=("чек.pdf", "application/pdf"), feats=["attachment", "signature_phone"])

M("short-couldnt-give-number-visa", "en", "number_not_provided", None,
  (1000, "USD", "10 USD", "usd_code_suffix"), True, ("card", "1881", "Visa 4012 8888 8888 1881"),
  [], [], ["serviceName"], """\
You couldn't give me the number I paid for. Refund 10 USD to Visa 4012 8888 8888 1881.
""", subj="refund", frm="<omar.f@mail.example.com>", feats=["oneliner"])

M("canada-number-webmoney-z", "ru", "number_not_provided", ["номер Канады"],
  (1200, "USD", "12$", "usd_symbol_suffix"), True, ("wallet", "5610", "Z402938475610"),
  [], [], [], """\
Здравствуйте, номер Канады за 12$ мне не предоставили, поддержка написала, что номеров этого
города больше нет и не будет. Прошу вернуть на WMZ кошелек Z402938475610.
""", subj="номер Канады не предоставлен", frm="Игорь <igor.wm@mail.example.ru>", subj_enc="Q")

M("student-canda-typos-debit", "en", "number_not_provided", ["number for canda"],
  (1500, "CAD", "15 CAD", "cad_code_suffix"), True, None, [], [], ["paymentDetails"], """\
hi so i orderd a number for canda last week and paid 15 CAD but then u guys emailed saying u
cant provide it bc the provider has no numbers?? ok whatever but i need the money back, can u
put it back on my debit card pls

thx
""", subj="refund pls", frm="<jayden.w.2007@mail.example.ca>", feats=["typos", "student"],
  notes="Asks for the debit card without giving it: direct true, payment null.")

M("legal-japan-number-requisites", "ru", "number_not_provided", ["виртуального номера (Япония)", "номера (Япония)"],
  (200000, "RUB", "2 000,00 руб.", "rub_abbrev_decimal"), True, ("bank_account", "5521", "40817810900007765521"),
  [], ["ORD-118906"], [], """\
В службу возвратов

ЗАЯВЛЕНИЕ

Мною 04.02.2026 оплачен заказ ORD-118906 на предоставление виртуального номера (Япония)
на сумму 2 000,00 руб. Письмом от 06.02.2026 Компания сообщила о невозможности
предоставления номера по причинам, не зависящим от Компании.

На основании изложенного прошу вернуть уплаченные 2 000,00 руб. по реквизитам:
р/с 40817810900007765521
Банк ВТБ (ПАО), БИК 044525187, к/с 30101810700000000187
Получатель: Егоров Павел Алексеевич

Дата: 09.02.2026             Подпись: П. А. Егоров
""", subj="Заявление о возврате денежных средств", frm="Егоров П.А. <p.egorov@mail.example.ru>",
  date="Mon, 09 Feb 2026 10:00:00 +0300", feats=["legalistic", "ru_requisites", "distractor_numbers"])

M("quoted-brazil-numbers-usdt", "en", "number_not_provided", ["Brazilian numbers"],
  (4800, "USD", "$48", "usd_symbol"), True, ("crypto", "aLeE", "TRp4wK9sVb2nQ7xZc3mY8uH5jG6fD1aLeE"),
  [], ["ORD-760311", "ORD-760312", "ORD-760313", "ORD-760314"], [], """\
OK then refund all 4 orders (ORD-760311, ORD-760312, ORD-760313, ORD-760314), total $48,
to my USDT TRC20 wallet TRp4wK9sVb2nQ7xZc3mY8uH5jG6fD1aLeE.

Rafael

> On 2026-03-10 14:02, Support wrote:
> Hello Rafael,
> unfortunately we cannot provide the Brazilian numbers you ordered: the provider suspended
> new activations for Sao Paulo. This is outside our control. You can ask Refund Desk for a
> refund of the $48 paid.
""", subj="Re: Brazilian numbers", frm="Rafael Souza <rafael@growthlab.example.com.br>",
  date="Tue, 10 Mar 2026 18:25:00 -0300", feats=["quoted_reply", "many_accounts", "multi_order"])

M("pensioner-tysyachu-karta-no-details", "ru", "number_not_provided", ["номер в Финляндии"],
  (100000, "RUB", "тысячу рублей", "words"), True, None, ["+79101234567"], [], ["paymentDetails"], """\
Здравствуйте. Я заплатила тысячу рублей за номер в Финляндии, чтобы дочке звонить, а мне
написали, что номер дать не могут, оператор не даёт. Так и не дали. Верните, пожалуйста,
деньги на карточку. Мой телефон 8-910-123-45-67.
Людмила Ивановна
""", subj="не дали номер", frm="Людмила <ludmila.i.1948@mail.example.ru>", feats=["pensioner", "amount_words"],
  notes="Asks for 'the card' without details: direct true, payment null.")
