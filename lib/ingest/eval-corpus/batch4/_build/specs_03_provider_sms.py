# provider_fault (16: en 8, ru 8) and sms_not_received (17: en 8, ru 9)
from common import M

# ---------------- provider_fault ----------------
M("toronto-carrier-no-replacement", "en", "provider_fault", ["Toronto number"],
  (1600, "USD", "$16", "usd_symbol"), True, ("card", "6651", "debit card ending 6651"),
  ["+14165550123"], ["ORD-350072"], [], """\
Hi,

Your support confirmed on Friday that my Toronto number (+1 416 555 0123, ORD-350072)
stopped working because of a network problem at the local carrier, and that you have no
other Toronto numbers to swap it for. So I'm stuck.

I paid $24 for three months and used one. I'd like the remaining two months back, $16, to
my debit card ending 6651.

Thanks,
Nathan
""", subj="Toronto number - provider failure, no replacement", frm="Nathan Brooks <nbrooks@mail.example.ca>",
  feats=["multi_amount"], notes="$24 paid, $16 asked back.")

M("novosibirsk-provider-mir", "ru", "provider_fault", ["номер в Новосибирске"],
  (105000, "RUB", "1 050 ₽", "rub_symbol"), True, ("card", "4439", "2200 7700 6655 4439"),
  ["+73832123456"], [], [], """\
Добрый день.

Мой номер в Новосибирске +7 383 212-34-56 перестал работать. В поддержке сказали, что у
местного провайдера авария и восстановят неизвестно когда, а другого номера в Новосибирске
у вас нет, заменить нечем.

Прошу вернуть оставшиеся 1 050 ₽ на карту Мир 2200 7700 6655 4439.

Евгений
""", subj="Номер не работает по вине провайдера", frm="Евгений Лукин <e.lukin@mail.example.ru>")

M("warsaw-provider-html-table-pln", "en", "provider_fault", ["Warsaw number"],
  (4500, "PLN", "PLN 45", "pln_code_prefix"), True, ("iban", "2874", "PL61 1090 1014 0000 0712 1981 2874"),
  ["+48221234567"], ["ORD-480195"], [], """\
<html><body>
<p>Dear Refund Desk,</p>
<p>My Warsaw number stopped working last Tuesday. Your support says the local provider had a failure on their side and there are <u>no other Warsaw numbers</u> available to replace it.</p>
<table border="0" cellspacing="0" cellpadding="3">
<tr><th align="left">Number</th><td>+48 22 123 45 67</td></tr>
<tr><th align="left">Order</th><td>ORD-480195</td></tr>
<tr><th align="left">Refund</th><td>PLN&nbsp;45</td></tr>
<tr><th align="left">IBAN</th><td>PL61 1090 1014 0000 0712 1981 2874</td></tr>
</table>
<p>Thank you,<br>Katarzyna Nowak</p>
</body></html>
""", subj="Refund request: Warsaw number", frm="Katarzyna Nowak <k.nowak@poczta.example.pl>", fmt="html",
  feats=["html_table"])

M("translit-minsk-provaider-balans", "ru", "provider_fault", ["nomer v Minske"],
  (2500, "BYN", "25 BYN", "byn_code_suffix"), False, None, [], [], ["paymentDetails"], """\
Dobryi den! Moi nomer v Minske ne rabotaet, podderzhka skazala chto slomalsya mestnyi
provaider, a zameny v Minske net. Prosh'u vernut' 25 BYN na balans. Spasibo
""", subj="nomer v Minske", frm="<siarhei.m@mail.example.by>", feats=["translit", "balance_request"])

M("fwd-gmail-provider-about-6-pounds", "en", "provider_fault", ["Manchester number"],
  (600, "GBP", "about £6", "gbp_approx"), True, ("paypal", "couk", "tom.r.fletcher@hotmail.co.uk"),
  [], [], [], """\
Hi, forwarding what support told me. Since the Manchester number can't be fixed or replaced,
please refund the unused part - 3 weeks, so about £6 - to my PayPal tom.r.fletcher@hotmail.co.uk

Tom

---------- Forwarded message ---------
From: Support <support@refund-desk.test>
Date: Wed, 28 Jan 2026 at 13:40
Subject: Re: Manchester number not working
To: Tom Fletcher <tom.r.fletcher@hotmail.co.uk>

Hi Tom,

The Manchester number +44 161 496 0321 is down because of a fault at the local provider. We
have no other Manchester numbers at the moment, so we cannot offer a replacement.

Support
""", subj="Fwd: Re: Manchester number not working", frm="Tom Fletcher <tom.r.fletcher@hotmail.co.uk>",
  date="Wed, 28 Jan 2026 18:02:33 +0000", feats=["forward_en"],
  notes="Phone only in the forwarded part: excluded.")

M("almaty-provider-kz-iban-1251", "ru", "provider_fault", ["номер Алматы"],
  (250000, "KZT", "2 500 тг", "kzt_abbrev"), True, ("iban", "0100", "KZ86125KZT5004100100"),
  ["+77272123456"], [], [], """\
Здравствуйте!
Арендованный номер Алматы +7 727 212 34 56 не работает по вине местного провайдера (так
ответила ваша поддержка), другого номера в Алматы нет, заменить не могут.
Прошу вернуть 2 500 тг на счёт KZ86125KZT5004100100, получатель Садыков Ержан.
""", subj="Возврат: номер Алматы", frm="Ержан Садыков <yerzhan.s@mail.example.kz>",
  cs="windows-1251", cte="quoted-printable", subj_enc="Q")

M("lagos-numbers-provider-eth", "en", "provider_fault", ["Nigerian numbers"],
  (4000, "USD", "$40", "usd_symbol"), True, ("crypto", "0A2b", "0x3Ab5F72c9D1e8B4a6C0d2E7f9A1b3C5d7E9f0A2b"),
  [], ["ORD-600412", "ORD-600413"], [], """\
Hello,

Two Nigerian numbers (Lagos) on our account, orders ORD-600412 and ORD-600413, have been dead
since 1 March. Support says the upstream provider in Lagos is at fault and there is no
replacement stock for Lagos. We used them in a campaign and they are useless now.

Refund request: $40 in total for both (unused remainder of the period).
Destination: ETH 0x3Ab5F72c9D1e8B4a6C0d2E7f9A1b3C5d7E9f0A2b

Regards,
Chidi Okonkwo, Ops lead
""", subj="Refund - Lagos numbers (provider fault)", date="Thu, 05 Mar 2026 10:38:16 +0100", frm="Chidi Okonkwo <ops@brightreach.example.ng>",
  feats=["many_accounts", "multi_order"])

M("riga-provider-3-evro", "ru", "provider_fault", ["номер в Риге"],
  (300, "EUR", "3 евро", "eur_word_ru"), True, ("card", "8879", "4731 2155 9900 8879"),
  [], [], [], """\
номер в Риге отвалился из-за провайдера, замены нет, так сказали в чате. верните остаток
3 евро на карту 4731 2155 9900 8879
""", subj="возврат", frm="<vlad.r@mail.example.lv>", feats=["oneliner"])

M("polite-irish-number-son", "en", "provider_fault", ["Irish number"],
  (1000, "EUR", "€10", "eur_symbol_prefix"), False, None, ["+35312345678"], [], ["paymentDetails"], """\
Good morning,

My son set up an Irish number for me with your company so that my friends at home could ring
me cheaply. It has not worked since the weekend. The kind lady in your chat explained that the
telephone company in Dublin has a fault and that you have no other Dublin numbers to give me.

I paid €10. I would be very grateful if you could return it, in whatever way is convenient.

Yours sincerely,
Bernadette O'Sullivan
01 234 5678
""", subj="Irish number not working", frm="Bernadette O'Sullivan <bernadette.osullivan@eircom.example.ie>",
  feats=["very_polite", "pensioner", "signature_phone"], notes="No destination named: direct false.")

M("ekb-provider-yoomoney-alt-b64", "ru", "provider_fault", ["екатеринбургский номер"],
  (80000, "RUB", "800 руб", "rub_abbrev"), True, ("wallet", "5544", "4100 1188 7766 5544"),
  [], ["ORD-206654"], [], """\
Здравствуйте.
Мой екатеринбургский номер (заказ ORD-206654) не работает уже неделю. Поддержка ответила,
что проблема у местного провайдера, а свободных номеров в Екатеринбурге нет.
Прошу вернуть 800 руб за неиспользованное время на ЮMoney 4100 1188 7766 5544.
Спасибо!
""", subj="Возврат за номер", frm="Оксана <oksana.ekb@mail.example.ru>", fmt="alt", cte="base64")

M("chicago-did-upstream-quoted", "en", "provider_fault", ["Chicago DID"],
  (1850, "USD", "18.50 USD", "usd_code_suffix"), True, ("card", "5556", "4000 0566 5566 5556"),
  [], [], [], """\
As your engineer wrote below, the upstream provider in Chicago is down and there is no
replacement Chicago DID. Please refund the remaining 18.50 USD to card 4000 0566 5566 5556.

-- 
Priyanka S.
Backend, Loopwise

On Thu, Feb 19, 2026 at 3:08 PM Support <support@refund-desk.test> wrote:
> Hi Priyanka,
> our engineers confirmed the outage is at the local provider for Chicago (312). We do not
> have another Chicago DID to move you to. Your current number +1 312 555 0175 will stay
> down until the provider fixes it; we have no ETA.
""", subj="Re: Chicago DID outage", frm="Priyanka Sharma <priyanka@loopwise.example.io>",
  date="Thu, 19 Feb 2026 16:30:12 -0600", feats=["quoted_reply", "developer"])

M("mixed-tbilisi-provider-gel", "ru", "provider_fault", ["номер в Тбилиси"],
  (1500, "GEL", "15 лари", "gel_word_ru"), True, ("iban", "4917", "GE29 NB00 0000 0101 9049 17"),
  [], [], [], """\
Hi! Пишу по поводу номер в Тбилиси. Local provider упал, support сказал что replacement нет,
других номеров в Тбилиси нет. Так что please верните 15 лари на мой IBAN
GE29 NB00 0000 0101 9049 17. Thanks!
""", subj="refund номер Тбилиси", frm="Нино <nino.k@mail.example.ge>", feats=["mixed_language"])

M("czech-provider-screenshot-czk", "en", "provider_fault", ["Czech number"],
  (25000, "CZK", "CZK 250", "czk_code_prefix"), True, ("iban", "5399", "CZ65 0800 0000 1920 0014 5399"),
  ["+420601234567"], [], [], """\
Hello,

the Czech number +420 601 234 567 is not working because of a failure at the local provider
(see the screenshot of your support chat attached). They also said there's no other Prague
number to replace it.

Please refund CZK 250 to CZ65 0800 0000 1920 0014 5399.

Jan Novák
""", subj="Czech number refund", frm="Jan Novak <jan.novak@seznam.example.cz>", fmt="mixed",
  attach=("chat-screenshot.png", "image/png"), feats=["attachment"])

M("krasnodar-provider-koi8", "ru", "provider_fault", ["номер в Краснодаре"],
  (64000, "RUB", "640 руб", "rub_abbrev"), True, ("card", "7766", "2200 1560 9988 7766"),
  [], [], [], """\
Добрый день. Номер в Краснодаре не работает, виноват местный провайдер, замены в
Краснодаре нет (ответ поддержки от 3 марта). Верните остаток 640 руб на карту
2200 1560 9988 7766.
""", subj="Номер в Краснодаре", frm="Руслан <ruslan.krd@mail.example.ru>", cs="koi8-r")

M("rude-lisbon-provider-revolut", "en", "provider_fault", ["Lisbon number"],
  (2000, "EUR", "20 euros", "eur_word"), True, ("iban", "2345", "LT88 7300 4406 0000 0123 45"),
  [], [], [], """\
You people told me the Lisbon provider failed and you can't give me another Lisbon number.
Great service. So refund me. 20 euros. Revolut IBAN LT88 7300 4406 0000 0123 45. Today.
""", subj="refund. now.", frm="<p.almeida@mail.example.pt>", feats=["rude"])

M("kyiv-shop-provider-long", "ru", "provider_fault", ["киевский номер"],
  (170000, "UAH", "1 700 грн", "uah"), True, ("card", "6678", "5167 3200 4455 6678"),
  ["+380441234567", "+380931112233"], [], [], """\
Доброго дня!

У нас небольшой интернет-магазин детской одежды, мы с осени брали у вас киевский номер
+380 44 123 45 67 — на него звонят покупатели, очень удобно было, городской номер, люди
доверяют. Платили за полгода вперёд, 2 400 грн, скидка была 20%.

Две недели назад номер перестал работать. Сначала думали, что временно, ждали. Потом ваша
поддержка объяснила, что у местного провайдера в Киеве серьёзная авария, сроков нет, и что
другого киевского номера, чтобы заменить, у вас сейчас тоже нет. Нам предложили номер
Львова, но это для нас не подходит, покупатели в Киеве.

Поэтому просим вернуть деньги за неиспользованные месяцы, это 1 700 грн, на карту
5167 3200 4455 6678 (получатель Ковальчук Олена).

Заранее спасибо,
Олена, магазин «Малятко»
моб. 093 111 22 33
""", subj="Повернення коштів / возврат за киевский номер", frm="Олена Ковальчук <olena@malyatko.example.ua>",
  feats=["long", "small_shop", "multi_amount", "signature_phone", "distractor_numbers"],
  notes="2 400 grn paid, 1 700 asked back; 20% is a discount.")

# ---------------- sms_not_received ----------------
M("whatsapp-one-time-50-cents", "en", "sms_not_received", ["one time number for whatsapp"],
  (50, "USD", "50 US cents", "usd_cents_word"), True, ("card", "4242", "card ending 4242"),
  [], [], [], """\
hi, I bought a one time number for whatsapp and the code never came. 20 minutes waiting.
please refund the 50 US cents to my card ending 4242. thanks
""", subj="no code", frm="<sam.ellery@mail.example.com>", cte="base64")

M("telegram-odnorazovyi-balance", "ru", "sms_not_received", ["одноразовый номер для Телеграма"],
  (2500, "RUB", "25 ₽", "rub_symbol"), False, None, [], [], ["paymentDetails"], """\
Здравствуйте. Купил одноразовый номер для Телеграма, смс с кодом так и не пришло, прошло
уже полчаса. Деньги (25 ₽) не вернулись. Верните на баланс, пожалуйста.
""", subj="Не пришло смс", frm="Антон <anton.tg@mail.example.ru>", feats=["balance_request"])

M("tinder-disposable-no-destination", "en", "sms_not_received", ["disposable number for Tinder"],
  (30, "EUR", "0.30 EUR", "eur_code_suffix"), False, None, [], [], ["paymentDetails"], """\
Hello, the disposable number for Tinder I bought 40 minutes ago never got the code, the SMS
table is empty. 0.30 EUR - small, but please give it back.
""", subj="code not received", frm="Luca Romano <luca.romano.92@mail.example.it>")

M("translit-avito-qiwi", "ru", "sms_not_received", ["odnorazovyi nomer dlya Avito"],
  (1500, "RUB", "15 rub", "rub_translit"), True, ("wallet", "2233", "+7 999 111-22-33"),
  ["+79991112233"], [], [], """\
sms ne prishlo na odnorazovyi nomer dlya Avito, zhdal 30 minut. vernite 15 rub na qiwi
+7 999 111-22-33
""", subj="sms ne prishlo", frm="<max.avito.1990@mail.example.ru>", feats=["translit", "qiwi_phone"])

M("dev-otp-testing-paypal", "en", "sms_not_received", ["disposable numbers"],
  (280, "USD", "$2.80", "usd_symbol"), True, ("paypal", "leio", "billing@otpcheck.example.io"),
  [], [], [], """\
Hi,

We're load-testing our OTP flow and ordered 20 disposable numbers this morning via the
dashboard. 7 of them never received the SMS (incoming table empty for each, waited 30+ min)
and the automatic refund didn't show up for those 7 either.

7 x $0.40 = $2.80. Please refund $2.80 to our PayPal billing@otpcheck.example.io

Thanks,
Jonas (OTPCheck)
""", subj="7 disposable numbers - no SMS, no auto refund", frm="Jonas Lindqvist <billing@otpcheck.example.io>",
  feats=["developer", "multi_amount"])

M("vk-kod-ne-prishel-b64", "ru", "sms_not_received", ["одноразовый номер для ВКонтакте"],
  (1200, "RUB", "12 рублей", "rub_word"), True, ("card", "1129", "4154 2800 9900 1129"),
  [], [], [], """\
Добрый вечер! Взяла одноразовый номер для ВКонтакте, код не пришёл, в таблице пусто. Прошло
больше часа, автоматического возврата нет. Верните 12 рублей на карту 4154 2800 9900 1129.
""", subj="Код не пришёл", frm="Вика <vika.s@mail.example.ru>", cte="base64")

M("google-otp-number-alt-balance", "en", "sms_not_received", ["OTP number for Google"],
  (45, "GBP", "£0.45", "gbp_symbol"), False, ("card", "7730", "Visa ending 7730"), [], [], [], """\
Hello,

I purchased an OTP number for Google about an hour ago. No SMS arrived and the incoming
messages table is still empty. I was told this would be refunded automatically in 15-20
minutes but I still don't see the £0.45 back on my balance.

Could you please credit it back to my balance? (I paid with my Visa ending 7730, but the
balance is fine.)

Best wishes,
Harriet
""", subj="OTP not received - no refund", frm="Harriet Bell <harriet.bell@mail.example.co.uk>", fmt="alt",
  feats=["balance_request", "distractor_numbers", "card_but_balance"],
  notes="Card named only as how she paid; she asks for the balance: direct false, payment given.")

M("sms-ne-prishlo-koi8", "ru", "sms_not_received", ["одноразовый номер"],
  (1800, "RUB", "18 руб.", "rub_abbrev"), False, None, [], [], ["paymentDetails"], """\
Здравствуйте.
Заказал одноразовый номер, смс так и не пришло, таблица входящих пустая. Деньги 18 руб. не
вернулись. Прошу разобраться и вернуть.
""", subj="Смс не пришло", frm="Геннадий <gena.p@mail.example.ru>", cs="koi8-r")

M("caps-uber-no-code-visa", "en", "sms_not_received", ["DISPOSABLE NUMBER FOR UBER"],
  (100, "USD", "$1", "usd_symbol"), True, ("card", "8210", "VISA 5200 8282 8282 8210"),
  [], [], [], """\
WHERE IS MY SMS CODE??? DISPOSABLE NUMBER FOR UBER, NOTHING CAME IN 30 MINUTES. REFUND $1 TO
MY VISA 5200 8282 8282 8210
""", subj="NO CODE", frm="<dre.w.atl@mail.example.com>", feats=["caps"],
  notes="The customer calls a Mastercard-range number 'VISA'; the tail is what was written.")

M("mixed-instagram-usdt", "ru", "sms_not_received", ["одноразовый номер для Instagram"],
  (3000, "RUB", "30 ₽", "rub_symbol"), True, ("crypto", "UaRk", "TJd8Nq3VwX5kP7rT2mB9cF4hY6gZ1sUaRk"),
  [], [], [], """\
Привет, одноразовый номер для Instagram — SMS not received, прошло 40 минут, refund не пришёл.
Верните 30 ₽ на USDT TRC20: TJd8Nq3VwX5kP7rT2mB9cF4hY6gZ1sUaRk
""", subj="SMS not received", frm="<lera.insta@mail.example.ru>", feats=["mixed_language"])

M("confused-amazon-verification", "en", "sms_not_received", ["number for Amazon verification"],
  (60, "USD", "0.60 USD", "usd_code_suffix"), False, None, [], [], ["paymentDetails"], """\
Hi, I'm confused. I bought a number for Amazon verification and the code didn't come, the
table shows nothing. Then I see something like 0.60 back in the history?? Or is that
something else? I'm not sure if I was refunded. If not please refund 0.60 USD. Sorry, first
time using this.
Mia
""", subj="was I refunded?", frm="Mia Johansson <mia.johansson@mail.example.se>", feats=["confused"])

M("wildberries-quoted-no-autorefund", "ru", "sms_not_received", ["одноразовый номер для Wildberries"],
  (2200, "RUB", "22 ₽", "rub_symbol"), True, ("card", "6678", "2200 7033 4455 6678"),
  [], [], [], """\
Вы написали, что возврат автоматический, но прошло 2 часа, деньги не вернулись. Одноразовый
номер для Wildberries, 22 ₽. Верните на карту 2200 7033 4455 6678.

чт, 5 мар. 2026 г. в 10:14, Refund Desk <refunds@refund-desk.test>:
> Здравствуйте! Возврат за одноразовые номера без СМС производится автоматически
> в течение 15-20 минут на баланс. Пожалуйста, проверьте баланс.
""", subj="Re: Не пришло СМС", frm="Алексей <alex.wb@mail.example.ru>",
  date="Thu, 05 Mar 2026 12:20:00 +0300", feats=["quoted_reply"])

M("temp-number-20-cents", "en", "sms_not_received", ["temp number"],
  (20, "USD", "$0.20", "usd_symbol"), False, None, [], [], ["paymentDetails"], """\
no sms on the temp number, give my $0.20 back
""", subj="temp number", frm="<zz.kai@mail.example.com>", feats=["oneliner"])

M("yandex-go-one-sms-qp-yoomoney", "ru", "sms_not_received", ["номер на одну смс для Яндекс Go"],
  (950, "RUB", "9,50 ₽", "rub_symbol_decimal"), True, ("wallet", "7746", "4100 1589 3321 7746"),
  [], [], [], """\
Здравствуйте!

Брала номер на одну смс для Яндекс Go, смс не пришло, в таблице пусто. Сумма 9,50 ₽.
Верните, пожалуйста, на ЮMoney 4100 1589 3321 7746.

Спасибо!
""", subj="Не пришла смс", frm="Дарья <darya.go@mail.example.ru>", fmt="alt", cte="quoted-printable")

M("booking-verification-crlf-revolut", "en", "sms_not_received", ["virtual number for Booking.com verification"],
  (80, "EUR", "€0.80", "eur_symbol_prefix"), True, ("card", "2019", "Revolut card ending 2019"),
  [], [], [], """\
Hello from Bali!

I bought a virtual number for Booking.com verification 2 hours ago, the SMS never arrived and
nothing is in the table. The €0.80 was not returned automatically either.

Please refund it to my Revolut card ending 2019.

Cheers, Lena
""", subj="SMS never arrived", frm="Lena Fischer <lena.fischer.travels@mail.example.de>", crlf=True,
  feats=["traveller"])

M("vague-sms-ne-prishlo-15", "ru", "sms_not_received", None,
  (1500, "RUB", "15 рублей", "rub_word"), False, None, [], [], ["serviceName", "paymentDetails"], """\
смс не пришло, верните 15 рублей
""", subj="смс", frm="<user8841@mail.example.ru>", feats=["oneliner"])

M("fwd-order-status-sms-ne-polucheno", "ru", "sms_not_received", ["одноразовый номер"],
  (3500, "RUB", "35,00 ₽", "rub_symbol_decimal"), True, ("card", "5672", "Мир 2202 2067 1234 5672"),
  [], ["ORD-991207"], [], """\
Здравствуйте, пересылаю уведомление. Одноразовый номер, СМС не получено, а деньги не вернули.
Верните на карту Мир 2202 2067 1234 5672.

-------- Пересылаемое сообщение --------
17.02.2026, 23:41, "Уведомления" <noreply@refund-desk.test>:

Заказ: ORD-991207
Услуга: одноразовый номер (Ozon)
Номер: +7 958 765-43-21
Цена: 35,00 ₽
Статус: СМС не получено
-------- Конец пересылаемого сообщения --------
""", subj="Fwd: Заказ ORD-991207", frm="Ринат <rinat.g@mail.example.ru>", date="Wed, 18 Feb 2026 09:05:44 +0300",
  feats=["forward_ru"], notes="Amount and order from the forwarded notification; its phone is excluded.")
