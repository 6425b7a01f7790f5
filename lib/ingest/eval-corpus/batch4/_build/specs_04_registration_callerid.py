# specific_service_sms_failure (16: en 8, ru 8) and caller_id_unavailable (16: en 8, ru 8)
from common import M

# ---------------- specific_service_sms_failure ----------------
M("uk-for-registration-whatsapp", "en", "specific_service_sms_failure",
  ["UK number labelled \"For registration\"", "UK number"],
  (499, "GBP", "£4.99", "gbp_symbol"), True, ("card", "0014", "Visa ending 0014"),
  ["+447700900587"], ["ORD-127745"], [], """\
Hi,

I bought a UK number labelled "For registration" (+44 7700 900587, ORD-127745). Codes from
Google and Discord arrive fine, but WhatsApp never sends the code to it. I tried 6 times
over two days. It's useless to me without WhatsApp.

Please refund the £4.99 to my Visa ending 0014.

Thanks
Owen
""", subj="For registration number doesn't get WhatsApp code", frm="Owen Price <owen.price@mail.example.co.uk>")

M("polish-dlya-registracii-telegram", "ru", "specific_service_sms_failure",
  ["Польский номер «Для регистрации»", "Польский номер"],
  (35000, "RUB", "350 ₽", "rub_symbol"), True, ("card", "3210", "2204 3000 1234 3210"),
  [], [], [], """\
Здравствуйте!
Польский номер «Для регистрации» принимает смс от всех сервисов — ВК, Google, Ozon приходят.
А Telegram код не присылает вообще, пробовала много раз. Мне номер был нужен только для
Телеграма. Верните, пожалуйста, 350 ₽ на карту 2204 3000 1234 3210.
Екатерина
""", subj="Не приходит код Telegram", frm="Екатерина <kate.tg.pl@mail.example.ru>")

M("german-registration-paypal-html", "en", "specific_service_sms_failure",
  ["German number (For registration)", "German number"],
  (350, "EUR", "€3.50", "eur_symbol_prefix"), False, None, [], [], ["paymentDetails"], """\
<p>Hello,</p>
<p>I have a German number (For registration). SMS from Amazon and eBay come in fine, but PayPal&rsquo;s verification SMS <b>never</b> arrives &ndash; I tried over three days.</p>
<p>I only bought it for PayPal, so I&rsquo;d like the &euro;3.50 back.</p>
<p>Thanks,<br>Felix</p>
""", subj="PayPal SMS not arriving", frm="Felix Wagner <felix.wagner@mail.example.de>", fmt="html",
  feats=["entities"], notes="Amount written as an HTML entity; decoded it is €3.50.")

M("translit-registracii-tinkoff", "ru", "specific_service_sms_failure", ["nomer dlya registracii"],
  (20000, "RUB", "200 rub", "rub_translit"), True, ("card", "9080", "4276 5260 1815 9080"),
  [], [], [], """\
Zdravstvuite. Kupil nomer dlya registracii, kody ot vseh prihodyat (VK, Ozon, Yandex), a ot
Tinkoff kod ne prihodit nikak. Verni dengi pozhalusta 200 rub na kartu 4276 5260 1815 9080
""", subj="ne prihodit kod tinkoff", frm="<sanya.nsk@mail.example.ru>", feats=["translit"])

M("dev-stripe-us-registration-usdt", "en", "specific_service_sms_failure",
  ["rented US number labelled For registration", "US number"],
  (600, "USD", "$6", "usd_symbol"), True, ("crypto", "zAeU", "TGh5mK2pQ9wR7xL3nV8cB4dF6jY1sTzAeU"),
  ["+12025550178"], [], [], """\
Tested my rented US number labelled For registration (+1 202 555 0178) against 12 services:
11 deliver the SMS within seconds, Stripe's verification SMS never arrives (tried 5x, 2 days).
Stripe was the only reason I got it. Requesting refund of $6 to USDT TRC-20
TGh5mK2pQ9wR7xL3nV8cB4dF6jY1sTzAeU.
- Arjun
""", subj="US For registration number - Stripe SMS", frm="Arjun Mehta <arjun@mehta.example.dev>",
  feats=["developer", "distractor_numbers"])

M("kz-registration-kaspi-1251", "ru", "specific_service_sms_failure",
  ["номер для регистрации (Казахстан)", "номер для регистрации"],
  (150000, "KZT", "1 500 тенге", "kzt_word"), True, ("card", "0300", "2202 9139 0996 0300"),
  [], [], [], """\
Добрый день!
Купила номер для регистрации (Казахстан). Смс от всех сервисов приходят, кроме Kaspi — от
них код не приходит совсем. Мне он нужен был именно для Kaspi.
Верните 1 500 тенге на карту 2202 9139 0996 0300.
Спасибо
""", subj="Не приходят смс от Kaspi", frm="Динара <dinara.k@mail.example.kz>", cs="windows-1251")

M("dutch-for-registration-bumble-attach", "en", "specific_service_sms_failure",
  ["Dutch number \"For Registration\"", "Dutch number"],
  (200, "EUR", "€2", "eur_symbol_prefix"), True, ("iban", "7034", "BE68 5390 0754 7034"),
  [], [], [], """\
Hi there,

I got a Dutch number "For Registration". Instagram, Google, Uber codes all arrive, only Bumble
never sends anything (screenshot of the empty inbox attached, the others are there).

I'd like my €2 back to BE68 5390 0754 7034.

Thanks,
Noor
""", subj="Bumble code not arriving", frm="Noor Janssens <noor.janssens@mail.example.be>", fmt="mixed",
  attach=("inbox.png", "image/png"), feats=["attachment"])

M("sber-quoted-registration-insist", "ru", "specific_service_sms_failure", ["номер для регистрации"],
  (45000, "RUB", "450 руб", "rub_abbrev"), True, ("card", "4827", "5469 8246 2819 4827"),
  [], [], [], """\
Мне всё равно, что он принимает смс от других сервисов. Мне нужен был именно Сбер, а от Сбера
код не приходит. Верните 450 руб на карту 5469 8246 2819 4827.

20.02.2026 11:32, Служба поддержки пишет:
> Здравствуйте! Ваш номер для регистрации работает и принимает смс от большинства сервисов.
> Некоторые сервисы ограничивают отправку смс на отдельные номера.
""", subj="Re: Не приходит смс от Сбера", frm="Олег <oleg.sber@mail.example.ru>",
  date="Fri, 20 Feb 2026 13:02:41 +0300", feats=["quoted_reply"],
  notes="Service name taken from the quoted support message the customer answers.")

M("caps-sweden-registration-no-pay", "en", "specific_service_sms_failure",
  ["'For registration' number from Sweden", "number from Sweden"],
  (300, "USD", "$3", "usd_symbol"), False, None, [], [], ["paymentDetails"], """\
The 'For registration' number from Sweden gets EVERY code EXCEPT Klarna. KLARNA IS THE ONLY
ONE I NEEDED. This is ridiculous. Give me my $3 back.
""", subj="useless number", frm="<erik.s.1988@mail.example.se>", feats=["caps", "rude"])

M("mixed-finnish-registration-paypal", "ru", "specific_service_sms_failure",
  ["Finnish number for registration", "Finnish number"],
  (250, "EUR", "2,50 €", "eur_symbol_suffix"), True, ("paypal", "ilfi", "andrei.korhonen@mail.fi"),
  [], [], [], """\
Купил Finnish number for registration. Telegram не шлёт код, всё остальное ок (Google, Wolt).
Верните 2,50 € на PayPal andrei.korhonen@mail.fi
""", subj="Telegram code", frm="Андрей Корхонен <andrei.korhonen@mail.fi>", feats=["mixed_language"])

M("marketer-five-registration-tiktok", "en", "specific_service_sms_failure",
  ["five \"For registration\" numbers", "\"For registration\" numbers"],
  (1500, "USD", "$15 total", "usd_symbol"), True, ("paypal", "ecom", "payments@viralnest.example.com"),
  ["+447911123456"], ["ORD-834001", "ORD-834002", "ORD-834003", "ORD-834004", "ORD-834005"], [], """\
Hello Refund Desk,

We manage social accounts for clients and bought five "For registration" numbers last week
(orders ORD-834001, ORD-834002, ORD-834003, ORD-834004 and
ORD-834005). Google, Snapchat and X codes arrive on all five. TikTok codes don't
arrive on any of them.

As TikTok was the whole point, we'd appreciate a refund, $15 total ($3 each), to PayPal
payments@viralnest.example.com.

Best regards,
Amelia Ross
Account Director, ViralNest
M: +44 7911 123456
""", subj="TikTok codes - 5 registration numbers", frm="Amelia Ross <amelia@viralnest.example.com>",
  feats=["many_accounts", "multi_order", "signature_phone", "very_polite"])

M("indonesia-registration-gojek-alt", "ru", "specific_service_sms_failure",
  ["Номер «Для регистрации» Индонезии", "Номер «Для регистрации»"],
  (30000, "RUB", "300 руб", "rub_abbrev"), False, None, [], [], ["paymentDetails"], """\
Здравствуйте.

Номер «Для регистрации» Индонезии работает, смс от WhatsApp и Google приходят, а вот код от
Gojek не приходит ни в какую. Мне он нужен был только для Gojek, я на Бали.

Верните, пожалуйста, 300 руб на баланс.
""", subj="Не приходит код Gojek", frm="Полина <polina.bali@mail.example.ru>", fmt="alt",
  feats=["balance_request", "traveller"])

M("oneliner-registration-instagram", "en", "specific_service_sms_failure", ["registration number"],
  None, False, None, [], [], ["amount", "paymentDetails"], """\
registration number works for everything except Instagram, want my money back
""", subj="instagram", frm="<ava.k.2001@mail.example.com>", feats=["oneliner"])

M("czech-registration-viber-b64", "ru", "specific_service_sms_failure", ["Чешский номер для регистрации"],
  (12000, "CZK", "120 крон", "czk_word_ru"), True, ("card", "7780", "5486 7300 5566 7780"),
  [], [], [], """\
Здравствуйте. Чешский номер для регистрации принимает смс от всех, кроме Viber — код от Viber
не приходит. Прошу вернуть 120 крон на карту 5486 7300 5566 7780.
""", subj="Viber не присылает код", frm="Михаил <mikhail.praha@mail.example.cz>", cte="base64")

M("thai-registration-grab-crlf", "en", "specific_service_sms_failure",
  ["Thai number (For registration)", "Thai number"],
  (400, "USD", "$4", "usd_symbol"), True, ("card", "6659", "Mastercard ending 6659"),
  [], [], [], """\
Hi from Chiang Mai,

my Thai number (For registration) receives Line and Google codes, but Grab's code never comes,
I tried for 2 days. I really needed it for Grab.

Refund the $4 to my Mastercard ending 6659 please.

Tom
""", subj="Grab code not coming", frm="Tom Whitaker <tom.whitaker.nomad@mail.example.com>", crlf=True,
  feats=["traveller"])

M("estonian-registration-avito-long", "ru", "specific_service_sms_failure",
  ["эстонский номер «Для регистрации»", "эстонский номер"],
  (120000, "RUB", "1 200 руб", "rub_abbrev_space"), True, ("bank_account", "9981", "40817810004450029981"),
  ["+79045556677"], [], [], """\
Добрый день!

Хочу подробно описать ситуацию. Я занимаюсь продажами на маркетплейсах, и мне нужно было
зарегистрировать несколько кабинетов. Месяц назад я взяла у вас эстонский номер «Для
регистрации». Честно скажу, с большинством сервисов он работает отлично: Ozon, Wildberries,
Яндекс Маркет, Google, даже Госуслуги — все смс приходят.

Но Авито! Код от Авито не приходит никогда. Пробовала утром, вечером, через приложение и
через сайт, ждала по 10-15 минут. Писала в поддержку, мне сказали, что некоторые сервисы
сами ограничивают отправку. Но я-то брала номер в первую очередь под Авито, это для меня
главное.

Поэтому прошу вернуть 1 200 руб по реквизитам:
Получатель: Сафронова Елена Викторовна
Счёт 40817810004450029981
Банк: ПАО «Совкомбанк»
БИК 045004763

Мой контактный телефон: +7 904 555-66-77

С уважением,
Елена
""", subj="Возврат за номер для регистрации", frm="Елена Сафронова <e.safronova.shop@mail.example.ru>",
  feats=["long", "ru_requisites", "distractor_numbers", "signature_phone"])

# ---------------- caller_id_unavailable ----------------
M("caller-id-shows-unknown", "en", "caller_id_unavailable", ["Caller ID service", "Caller ID"],
  (990, "USD", "$9.90", "usd_symbol"), True, ("card", "7118", "Mastercard 5213 8955 5979 7118"),
  ["+13055550147"], [], [], """\
Hello,

I paid $9.90 for the Caller ID service so that my outgoing calls show my rented Miami number
(+1 305 555 0147). It never worked: people see "Unknown" or my real mobile number. Your
support says it can't be provided for technical reasons on this route.

Please refund the $9.90 to my Mastercard 5213 8955 5979 7118.

Regards,
Daniel Cruz
""", subj="Caller ID not working", frm="Daniel Cruz <daniel.cruz@mail.example.com>")

M("podmena-nomera-mir", "ru", "caller_id_unavailable", ["услуга подмены номера", "подмены номера"],
  (49000, "RUB", "490 ₽", "rub_symbol"), True, ("card", "8606", "Мир 2200 3016 6131 8606"),
  [], [], [], """\
Здравствуйте!
Оплатил услуга подмены номера — 490 ₽, а она не работает: при звонке у собеседника
отображается мой настоящий номер. В поддержке сказали, что по техническим причинам подмену
на этом направлении сделать нельзя.
Верните деньги на карту Мир 2200 3016 6131 8606.
Игорь
""", subj="Подмена номера не работает", frm="Игорь Зайцев <i.zaitsev@mail.example.ru>", feats=["typos"])

M("caller-id-html-paypal", "en", "caller_id_unavailable", ["Caller ID"],
  (500, "GBP", "£5", "gbp_symbol"), True, ("paypal", "couk", "r.hamilton@btinternet.example.co.uk"),
  [], [], [], """\
<div>Hi,</div><div><br></div><div>Your support told me Caller ID can&#39;t be provided on my account &quot;for technical reasons&quot;. I paid &pound;5 for it.</div><div><br></div><div>Refund to PayPal please: r.hamilton@btinternet.example.co.uk</div><div><br></div><div>Rob Hamilton</div>
""", subj="Caller ID refund", frm="Rob Hamilton <r.hamilton@btinternet.example.co.uk>", fmt="html",
  feats=["entities"])

M("translit-podmena-balans", "ru", "caller_id_unavailable", ["podmena nomera"],
  (30000, "RUB", "300 rub", "rub_translit"), False, None, [], [], ["paymentDetails"], """\
podmena nomera ne rabotaet, podderzhka skazala tehnicheskie prichiny. vernite 300 rub na
balans pozhaluista
""", subj="podmena nomera", frm="<kostya.v@mail.example.ru>", feats=["translit", "balance_request"])

M("dev-cli-sip-route-iban-at", "en", "caller_id_unavailable", ["Caller ID (CLI)", "Caller ID"],
  (1200, "EUR", "EUR 12", "eur_code_prefix"), True, ("iban", "3201", "AT61 1904 3002 3457 3201"),
  [], [], [], """\
Hi,

Caller ID (CLI) on outbound SIP from my Vienna number isn't being presented. Support says the
carrier doesn't pass CLI on that route - technical reasons, nothing they can do. I paid
EUR 12 for the add-on. Please refund to AT61 1904 3002 3457 3201.

Thanks,
Lukas Gruber
""", subj="CLI not presented - refund", frm="Lukas Gruber <lukas@gruber.example.at>", feats=["developer"])

M("caller-id-requisites-1251-qp", "ru", "caller_id_unavailable",
  ["услуга «Caller ID» (определение арендованного номера)", "услуга «Caller ID»", "Caller ID"],
  (100000, "RUB", "1 000 руб.", "rub_abbrev_space"), True, ("bank_account", "3377", "40817810200001453377"),
  [], [], [], """\
Добрый день!

Мне не была предоставлена оплаченная услуга «Caller ID» (определение арендованного номера).
Поддержка сообщила, что предоставить её невозможно по техническим причинам.

Прошу вернуть 1 000 руб. по реквизитам:
р/с 40817810200001453377
БИК 044525593
к/с 30101810200000000593
Получатель: Миронов Степан Олегович

С уважением,
С. О. Миронов
""", subj="Возврат за услугу Caller ID", frm="Степан Миронов <s.mironov@mail.example.ru>",
  cs="windows-1251", cte="quoted-printable", feats=["ru_requisites"])

M("shop-number-substitution-discover", "en", "caller_id_unavailable",
  ["number substitution (Caller ID) option", "Caller ID"],
  (700, "USD", "$7", "usd_symbol"), True, ("card", "1117", "Discover 6011 1111 1111 1117"),
  ["+17185550162"], [], [], """\
Hi,

We're a small bakery in Brooklyn. We paid $7 for the number substitution (Caller ID) option so
that our delivery drivers' calls show the shop number. Your team says it cannot be enabled for
technical reasons. OK, then we want the $7 back on the Discover 6011 1111 1111 1117.

Thanks,
Rosa's Bakery
(718) 555-0162
""", subj="refund for caller id option", frm="Rosa's Bakery <hello@rosasbakery.example.com>",
  feats=["small_shop", "signature_phone"])

M("fwd-callerid-tech-reasons-590", "ru", "caller_id_unavailable", ["Caller ID"],
  (59000, "RUB", "590р", "rub_r_suffix"), True, ("card", "7492", "4149 2319 4875 7492"),
  [], [], [], """\
Вот ответ вашей поддержки. Раз Caller ID подключить нельзя, верните 590р на карту
4149 2319 4875 7492.

-------- Пересылаемое сообщение --------
От: Поддержка <support@refund-desk.test>
Кому: nadia.r@mail.example.ru
Дата: Вторник, 10 февраля 2026, 16:20 +03:00
Тема: Re: Caller ID

Здравствуйте! К сожалению, подключить Caller ID для вашего номера невозможно по техническим
причинам.
""", subj="Fwd: Re: Caller ID", date="Tue, 10 Feb 2026 17:02:48 +0300", frm="Надежда Р. <nadia.r@mail.example.ru>", feats=["forward_ru"])

M("oneliner-caller-id-never-worked", "en", "caller_id_unavailable", ["caller id"],
  None, False, None, [], [], ["amount", "paymentDetails"], """\
caller id never worked. refund.
""", subj="caller id", frm="<g.mills@mail.example.com>", feats=["oneliner"])

M("mixed-caller-id-germany-btc", "ru", "caller_id_unavailable", ["Caller ID"],
  (500, "EUR", "5 €", "eur_symbol_suffix"), True, ("crypto", "5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
  [], [], [], """\
Caller ID не работает на звонках в Германию, вместо моего номера показывает какой-то рандомный.
Support сказал technical reasons. Верните 5 € на BTC bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
""", subj="Caller ID", frm="<den.crypto@mail.example.ru>", feats=["mixed_language"])

M("quoted-cli-addon-webmoney", "en", "caller_id_unavailable", ["Caller ID add-on", "Caller ID"],
  (1500, "USD", "15 USD", "usd_code_suffix"), True, ("wallet", "1098", "Z987654321098"),
  [], [], [], """\
Then refund the 15 USD for the Caller ID add-on to my WebMoney Z987654321098.

> On 24 Feb 2026, at 11:50, Support <support@refund-desk.test> wrote:
>
> Hello,
> we are sorry, the Caller ID function cannot be provided for your number due to technical
> limitations of the operator.
""", subj="Re: Caller ID", frm="Arman <arman.wm@mail.example.com>", date="Tue, 24 Feb 2026 13:05:00 +0400",
  feats=["quoted_reply"])

M("podmena-koi8-qiwi", "ru", "caller_id_unavailable", ["подмена номера"],
  (35000, "RUB", "350 руб", "rub_abbrev"), True, ("wallet", "6677", "+7 917 555-66-77"),
  ["+79175556677"], [], [], """\
Здравствуйте. Оплачена подмена номера, 350 руб, но она не работает по техническим причинам,
как мне ответили в чате. Прошу вернуть на киви +7 917 555-66-77.
""", subj="подмена номера", frm="Ильдар <ildar.kzn@mail.example.ru>", cs="koi8-r", feats=["qiwi_phone"])

M("legal-caller-id-service-gbp-alt", "en", "caller_id_unavailable", ["Caller ID Service", "Caller ID"],
  (2000, "GBP", "GBP 20.00", "gbp_code_prefix"), True, ("bank_account", "2214", "40512214"),
  [], ["ORD-908812"], [], """\
Dear Refund Desk,

Order ORD-908812: Caller ID Service

I was informed by your support team on 2 March 2026 that the above service cannot be provided
due to technical reasons. Accordingly, I request a refund of the fee paid, GBP 20.00.

Bank details: Barclays, sort code 20-45-77, account no. 40512214, account name P. Lowe.

Yours faithfully,
Patricia Lowe
""", subj="Refund request - Caller ID Service (ORD-908812)", date="Tue, 03 Mar 2026 14:30:02 +0000", frm="Patricia Lowe <p.lowe@mail.example.co.uk>",
  fmt="alt", cte="quoted-printable", feats=["legalistic", "uk_bank"])

M("caps-podmena-ne-rabotaet", "ru", "caller_id_unavailable", ["ПОДМЕНА НОМЕРА"],
  (99000, "RUB", "990 РУБ", "rub_abbrev_caps"), False, None, [], [], ["paymentDetails"], """\
ПОДМЕНА НОМЕРА НЕ РАБОТАЕТ!!! ЗАПЛАТИЛ 990 РУБ, ВЫ ГОВОРИТЕ ТЕХНИЧЕСКИЕ ПРИЧИНЫ. МНЕ ВСЁ РАВНО,
ВЕРНИТЕ ДЕНЬГИ.
""", subj="ПОДМЕНА НЕ РАБОТАЕТ", frm="<vitaly.77@mail.example.ru>", feats=["caps", "rude"])

M("confused-italian-caller-id", "en", "caller_id_unavailable", ["Caller ID"],
  (600, "EUR", "€6", "eur_symbol_prefix"), False, None, [], [], ["paymentDetails"], """\
Hello, sorry, I'm a bit lost. I bought Caller ID for my Italian number because the website said
my calls would show that number. Then support wrote that Caller ID "cannot be provided for
technical reasons" on my number. What does that mean? Will it ever work? If not, I'd like the
€6 back I suppose.

Grazie,
Giulia
""", subj="what does technical reasons mean?", frm="Giulia Conti <giulia.conti@mail.example.it>",
  feats=["confused"])

M("aon-caller-id-alt-b64-yoomoney", "ru", "caller_id_unavailable", ["АОН / Caller ID", "Caller ID"],
  (70000, "RUB", "700 ₽", "rub_symbol"), True, ("wallet", "0921", "4100 1172 6640 0921"),
  [], [], [], """\
Добрый день.

Подключил АОН / Caller ID (чтобы при звонках отображался арендованный номер), заплатил 700 ₽.
Сегодня поддержка ответила, что услуга Caller ID не может быть предоставлена по техническим
причинам.

Прошу вернуть 700 ₽ на ЮMoney 4100 1172 6640 0921.

Спасибо.
""", subj="Caller ID не предоставлен", frm="Роман <roman.aon@mail.example.ru>", fmt="alt", cte="base64")
