# misunderstanding (17: en 8, ru 9) and other (18: en 9, ru 9)
from common import M

# ---------------- misunderstanding ----------------
M("thought-physical-sim", "en", "misunderstanding", ["Austrian number"],
  (1000, "USD", "$10", "usd_symbol"), True, ("card", "4242", "4242 4242 4242 4242"),
  [], ["ORD-318844"], [], """\
Hello,

I ordered an Austrian number (ORD-318844) thinking you would post me a SIM card for it. Now I
understand it's only virtual and works through your app. That's not what I need, I wanted a
physical SIM for my old phone.

Please refund the $10 to 4242 4242 4242 4242.

Thanks,
Walter
""", subj="I thought I'd get a SIM card", frm="Walter Hofer <walter.hofer@mail.example.at>")

M("dumala-mozhno-zvonit-england", "ru", "misunderstanding", ["номер Англии"],
  (45000, "RUB", "450 ₽", "rub_symbol"), True, ("card", "5237", "4276 4109 4668 5237"),
  [], [], [], """\
Здравствуйте! Я купила номер Англии, думала, что с него можно звонить, а оказалось, что он
только для приёма смс. Я не так поняла описание. Верните, пожалуйста, 450 ₽ на карту
4276 4109 4668 5237.
""", subj="Номер не подходит", frm="Лариса <larisa.uk@mail.example.ru>")

M("disposable-multiple-sites-alt", "en", "misunderstanding", ["disposable number"],
  (70, "USD", "$0.70", "usd_symbol"), False, None, [], [], ["paymentDetails"], """\
Hi,

I bought a disposable number thinking I could use it to get codes from several websites. The
first code (from Discord) arrived fine, but then I couldn't receive anything else on it. I
didn't understand that it's just for one SMS. Could I get the $0.70 back?

Thanks,
Noah
""", subj="disposable number question", frm="Noah Becker <noah.becker@mail.example.com>", fmt="alt")

M("translit-dumal-navsegda", "ru", "misunderstanding", ["nomer Germanii"],
  (50000, "RUB", "500 rub", "rub_translit"), True, ("card", "1767", "2200 4703 9701 1767"),
  [], [], [], """\
Zdravstvuite, ya ne ponyal kak u vas rabotaet, dumal chto nomer Germanii budet moi navsegda
posle oplaty, a on na mesyac. Mne takoe ne nado. Vernite 500 rub na kartu 2200 4703 9701 1767
""", subj="ne ponyal", frm="<vitya.de@mail.example.ru>", feats=["translit"])

M("one-time-number-one-sms-paypal", "en", "misunderstanding", ["one-time number"],
  (35, "USD", "$0.35", "usd_symbol"), True, ("paypal", "enet", "lucy.h@btconnect.example.net"),
  [], [], [], """\
Hi there, I didn't understand that the one-time number only receives one SMS. I got the
code for my bank app, but when I needed to log in again the next day nothing came. Could I
have the $0.35 back on PayPal, lucy.h@btconnect.example.net? Sorry for the bother.
""", subj="one-time number", frm="Lucy Hart <lucy.h@btconnect.example.net>")

M("dumal-obychnaya-sim-1251", "ru", "misunderstanding", ["номер Латвии"],
  (99000, "RUB", "990 руб", "rub_abbrev"), True, ("card", "5292", "5536 0865 0309 5292"),
  [], [], [], """\
Добрый день.
Не разобрался сразу: думал, что номер Латвии — это как обычная сим-карта, с интернетом и
звонками, а это виртуальный номер через приложение. Мне такой не нужен. Прошу вернуть
990 руб на карту 5536 0865 0309 5292.
""", subj="Не тот номер", frm="Виталий <vitaly.lv@mail.example.ru>", cs="windows-1251")

M("grandchildren-landline-elderly", "en", "misunderstanding", ["American number"],
  (1500, "GBP", "£15", "gbp_symbol"), False, None, ["+441214960555"], [], ["paymentDetails"], """\
Dear Sir or Madam,

My granddaughter helped me buy an American number from your website for £15, because I
thought I would then be able to ring my grandchildren in Ohio from my home telephone for the
price of a local call. It seems that is not how it works at all and I would need a smartphone,
which I do not have.

I am sorry for the misunderstanding. Could I please have my money back?

Yours faithfully,
Dorothy Pryce
0121 496 0555
""", subj="Telephone number", frm="Dorothy Pryce <dorothy.pryce@mail.example.co.uk>",
  feats=["pensioner", "very_polite", "signature_phone"])

M("ne-ponyal-prodlenie-alt-requisites", "ru", "misunderstanding", ["номер Словакии"],
  (120000, "RUB", "1 200 ₽", "rub_symbol"), True, ("bank_account", "3315", "40817810500550023315"),
  [], [], [], """\
Здравствуйте.

Я неправильно понял, как работает номер Словакии: думал, что на него можно звонить с коротких
номеров банков и что он подходит для звонков в такси, а оказалось, что нет. Описание я
прочитал невнимательно, признаю.

Тем не менее прошу вернуть 1 200 ₽:
р/с 40817810500550023315
БИК 044525974
Получатель: Гусев Олег Петрович

Спасибо
""", subj="Возврат", frm="Олег Гусев <o.gusev@mail.example.ru>", fmt="alt", feats=["ru_requisites"])

M("dev-assumed-voice-api-iban", "en", "misunderstanding", ["Belgian number"],
  (2000, "EUR", "€20", "eur_symbol_prefix"), True, ("iban", "2606", "FR14 2004 1010 0505 0001 3M02 606"),
  [], ["ORD-566031"], [], """\
Hi,

I assumed the Belgian number (ORD-566031) would support inbound voice through your API, the
same as the UK ones we use. Turns out it's SMS-only in Belgium, which I missed in the docs. My
mistake, but it's useless for our IVR.

Could you refund the €20 to FR14 2004 1010 0505 0001 3M02 606?

Thanks,
Amaury
""", subj="Belgian number - SMS only", frm="Amaury Petit <amaury@ivrkit.example.fr>", feats=["developer"])

M("mixed-caller-id-thought-who-calls", "ru", "misunderstanding", ["Caller ID"],
  (30000, "RUB", "300 ₽", "rub_symbol"), True, ("card", "1721", "2202 3595 9459 1721"),
  [], [], [], """\
Здравствуйте, я думал, что Caller ID — это когда мне показывают, кто мне звонит (как
определитель номера). А это, оказывается, чтобы мой номер показывался другим. Мне такое не
нужно, I misunderstood. Верните 300 ₽ на карту 2202 3595 9459 1721.
""", subj="Caller ID", frm="Роберт <robert.k@mail.example.ru>", feats=["mixed_language"],
  notes="Caller ID is misunderstood here, not technically unavailable.")

M("quoted-registration-no-calls", "en", "misunderstanding", ["For registration number"],
  (500, "USD", "$5", "usd_symbol"), True, ("card", "8397", "Visa ****8397"),
  [], [], [], """\
Oh, I didn't know that. I thought I could receive calls on it too. In that case please refund
the $5 to my Visa ****8397.

On Mon, 26 Jan 2026 at 14:20, Support <support@refund-desk.test> wrote:
> Hi,
> the For registration number you ordered receives SMS only; incoming calls are not supported
> on this type of number. This is stated on the order page.
""", subj="Re: can't receive calls", frm="Ahmed Hassan <ahmed.hassan@mail.example.eg>",
  date="Mon, 26 Jan 2026 16:02:11 +0200", feats=["quoted_reply"],
  notes="Service name from the quoted support message the customer answers.")

M("dumala-prilozhenie-koi8-balance", "ru", "misunderstanding", ["виртуальный номер"],
  (65000, "RUB", "650 руб", "rub_abbrev"), False, None, [], [], ["paymentDetails"], """\
Здравствуйте.
Я думала, что виртуальный номер - это приложение, которое ставится на телефон и само всё
делает, а надо заходить на сайт и смотреть смс там. Мне так неудобно, я не поняла сразу.
Верните, пожалуйста, 650 руб на баланс, я потом разберусь, может, что-то другое возьму.
""", subj="Не поняла как работает", frm="Нина <nina.v@mail.example.ru>", cs="koi8-r",
  feats=["balance_request", "confused"])

M("oneliner-thought-free-trial", "en", "misunderstanding", None,
  None, False, None, [], [], ["serviceName", "amount", "paymentDetails"], """\
didnt know how this works, thought it was a free trial. refund
""", subj="free trial?", frm="<ty.rivers@mail.example.com>", feats=["oneliner", "typos"])

M("odnorazovyi-vtoroi-kod-b64", "ru", "misunderstanding", ["одноразовый номер"],
  (2000, "RUB", "20 ₽", "rub_symbol"), False, None, [], [], ["paymentDetails"], """\
Я не понял, что одноразовый номер принимает только одну смс. Первый код пришёл, а второй (для
входа) уже нет. Верните 20 ₽, пожалуйста.
""", subj="одноразовый номер", frm="<pasha.m@mail.example.ru>", cte="base64")

M("registration-number-calls-crlf", "en", "misunderstanding", ["'For registration' number"],
  (400, "EUR", "€4", "eur_symbol_prefix"), True, ("card", "4959", "card ending 4959"),
  [], [], [], """\
Hello,

I thought the 'For registration' number would be a normal phone number I could also use for
calls with my landlord. I see now it's only for receiving SMS codes. I didn't understand that
when ordering. Could you please refund the €4 to my card ending 4959?

Best regards,
Aisha
""", subj="wrong kind of number", frm="Aisha Khan <aisha.khan@mail.example.de>", crlf=True)

M("fwd-chat-transcript-kaspi", "ru", "misunderstanding", ["номер Узбекистана"],
  (100000, "KZT", "1 000 тенге", "kzt_word"), True, ("card", "0304", "4400 7006 6023 0304"),
  [], [], [], """\
Здравствуйте, пересылаю переписку с чатом. Я не так поняла условия: думала, что номер
Узбекистана можно будет использовать для звонков в WhatsApp, а он только для смс. Верните
1 000 тенге на карту Kaspi 4400 7006 6023 0304.

-------- Forwarded Message --------
Subject: Chat transcript
Date: Thu, 12 Feb 2026 18:40:03 +0500
From: Support <support@refund-desk.test>
To: madina.s@mail.example.kz

[18:31] Madina: почему не работают звонки в ватсап?
[18:33] Оператор: Номер Узбекистана предназначен только для приёма SMS, звонки не поддерживаются.
[18:34] Madina: а я думала можно звонить
""", subj="Fwd: Chat transcript", frm="Мадина <madina.s@mail.example.kz>",
  date="Thu, 12 Feb 2026 19:02:55 +0500", feats=["forward_thunderbird"])

M("pensioner-perenesti-nomer-long", "ru", "misunderstanding", ["номер Израиля"],
  (200000, "RUB", "2000 р.", "rub_r_suffix"), True, ("card", "4213", "2201 1548 4783 4213"),
  ["+79057654321"], [], [], """\
Добрый день.

Извините, я человек пожилой, в этих делах плохо разбираюсь. Мне соседка посоветовала ваш сайт,
сказала, что там можно купить номер Израиля, и тогда мой брат из Хайфы будет звонить мне
бесплатно. Я заплатил 2000 р. картой. Думал, что этот номер потом как-то переносится в мой
телефон, вместо моей симки, или что вы пришлёте симку по почте. А оказывается, нужно всё
время сидеть в интернете и в каком-то приложении, а у меня кнопочный телефон, никакого
интернета там нет.

Я понимаю, что сам не разобрался, вы тут не виноваты. Но мне этот номер совершенно не нужен,
пользоваться я им не смогу. Очень прошу вернуть деньги на мою карту Мир 2201 1548 4783 4213.

Если что, мой телефон 8-905-765-43-21, лучше звонить после обеда.

С уважением,
Борис Аркадьевич
""", subj="Прошу вернуть деньги", frm="Борис <boris.a.1945@mail.example.ru>",
  feats=["long", "pensioner", "signature_phone", "confused"])

# ---------------- other ----------------
M("charged-twice-duplicate", "en", "other", ["UK number"],
  (850, "GBP", "£8.50", "gbp_symbol"), True, ("card", "5100", "Mastercard ending 5100"),
  [], ["ORD-774012"], [], """\
Hi,

I was charged twice for the same UK number renewal (ORD-774012): two payments of £8.50 on
3 February, a minute apart. The number works fine, I just need the duplicate payment of £8.50
refunded to my Mastercard ending 5100.

Thanks,
Aaron
""", subj="Duplicate charge", date="Wed, 04 Feb 2026 08:19:55 +0000", frm="Aaron Webb <aaron.webb@mail.example.co.uk>", cte="quoted-printable",
  notes="Duplicate charge fits no policy claim: other.")

M("avtoprodlenie-790", "ru", "other", ["номер Польши"],
  (79000, "RUB", "790 ₽", "rub_symbol"), True, ("card", "8397", "4890 7972 2285 8397"),
  [], [], [], """\
Здравствуйте.
Мне автоматически продлили номер Польши на следующий месяц и списали 790 ₽, хотя я не
собирался продлевать и автопродление не включал (как мне казалось). Верните, пожалуйста,
деньги на карту 4890 7972 2285 8397.
""", subj="Автопродление", frm="Даниил <daniil.pl@mail.example.ru>", notes="Auto-renewal: other.")

M("vague-refund-my-money-order", "en", "other", None,
  None, False, None, [], ["ORD-145508"], ["serviceName", "amount", "paymentDetails", "reason"], """\
Please refund my money. Order ORD-145508.
""", subj="Refund", frm="<j.mensah@mail.example.com>", feats=["oneliner", "vague"])

M("vague-1500-germany-card", "ru", "other", ["номер Германии"],
  (150000, "RUB", "1 500 ₽", "rub_symbol"), True, ("wallet", "7731", "P318204957731"),
  [], [], ["reason"], """\
Добрый день. Прошу вернуть 1 500 ₽ за номер Германии на WebMoney P318204957731.
Спасибо.
""", subj="Возврат", frm="Светлана <svetlana.de@mail.example.ru>", feats=["vague"])

M("price-increase-difference-paypal", "en", "other", ["US number"],
  (300, "USD", "$3", "usd_symbol"), True, ("paypal", "ebiz", "orders@gadgetnook.example.biz"),
  [], [], [], """\
Hello,

You raised the monthly price of my US number from $5 to $8 without any notice and charged me
the new price on renewal. I'd like the difference of $3 refunded to PayPal
orders@gadgetnook.example.biz until this is sorted out.

Regards,
Helen, Gadget Nook
""", subj="Price increase without notice", frm="Helen Brooks <orders@gadgetnook.example.biz>", cte="base64",
  feats=["multi_amount", "small_shop"], notes="Price increase: other.")

M("spam-calls-moscow-number", "ru", "other", ["номер Москвы"],
  (60000, "RUB", "600 ₽", "rub_symbol"), True, ("card", "1621", "5469 9173 5829 1621"),
  ["+74957654321"], [], [], """\
Здравствуйте!
На арендованный номер Москвы +7 495 765-43-21 постоянно звонят мошенники и приходит спам, по
10-15 звонков в день. Пользоваться невозможно. Прошу вернуть 600 ₽ на карту
5469 9173 5829 1621.
""", subj="Спам на номер", frm="Эльвира <elvira.m@mail.example.ru>", feats=["distractor_numbers"],
  notes="Spam calls fit no policy claim: other.")

M("auto-renewed-html", "en", "other", ["subscription for the Swedish number", "Swedish number"],
  (1200, "USD", "$12", "usd_symbol"), True, ("card", "3265", "Visa ending 3265"),
  [], [], [], """\
<html><body>
<p>Hi,</p>
<p>My subscription for the Swedish number auto-renewed yesterday and I was charged <strong>$12</strong>. I forgot to switch off auto-renewal &ndash; I really don&apos;t use the number anymore.</p>
<p>Could you please refund the $12 to my Visa ending 3265?</p>
<p>Thanks,<br>
Linnea</p>
</body></html>
""", subj="Auto-renewal charge", frm="Linnea Berg <linnea.berg@mail.example.se>", fmt="html",
  feats=["entities"], notes="Auto-renewal: other.")

M("translit-vague-vernite-300", "ru", "other", None,
  (30000, "RUB", "300 rub", "rub_translit"), True, ("card", "1004", "4890 0191 6146 1004"),
  [], [], ["serviceName", "reason"], """\
vernite dengi pozhaluista, 300 rub, karta 4890 0191 6146 1004
""", subj="vozvrat", frm="<ilya.t.2000@mail.example.ru>", feats=["translit", "vague", "oneliner"])

M("conversion-fee-processor", "en", "other", ["top-up"],
  (230, "EUR", "€2.30", "eur_symbol_prefix"), True, ("iban", "5678", "IE29 AIBK 9311 5212 3456 78"),
  [], [], [], """\
Hello,

When I made a top-up of €50 last week, your payment processor charged it in USD and my bank
added a conversion fee, so I actually paid €2.30 more than the top-up amount. I'd like those
€2.30 refunded to IE29 AIBK 9311 5212 3456 78.

Regards,
Ciara Byrne
""", subj="Conversion fee on top-up", frm="Ciara Byrne <ciara.byrne@mail.example.ie>",
  feats=["multi_amount"], notes="Conversion fee: other.")

M("dvoinoe-spisanie-requisites", "ru", "other", ["номер Чехии"],
  (45000, "RUB", "450 руб", "rub_abbrev"), True, ("bank_account", "8810", "40817810400003318810"),
  [], ["ORD-390221"], [], """\
Здравствуйте!
За продление номер Чехии (заказ ORD-390221) с меня списали дважды по 450 руб, в выписке две
одинаковые операции 14.02.2026. Номер работает нормально, претензий нет, просто верните
лишнее списание 450 руб по реквизитам:
р/с 40817810400003318810, БИК 044525593, получатель Захарова Ольга Юрьевна.
""", subj="Двойное списание", date="Mon, 16 Feb 2026 13:07:29 +0300", frm="Ольга Захарова <olga.zakharova@mail.example.ru>", cs="koi8-r",
  feats=["ru_requisites", "typos"], notes="Duplicate charge: other.")

M("caps-refund-my-20-dollars", "en", "other", None,
  (2000, "USD", "20 DOLLARS", "usd_word_caps"), False, None, [], [], ["serviceName", "paymentDetails", "reason"], """\
REFUND MY 20 DOLLARS!!!!!
""", subj="REFUND!!!!", frm="<bigmike.77@mail.example.com>", feats=["caps", "oneliner", "vague"])

M("mixed-price-increase-uk-number", "ru", "other", ["UK number"],
  (20000, "RUB", "200 руб", "rub_abbrev"), True, ("card", "0147", "5321 8715 0673 0147"),
  [], [], [], """\
Здравствуйте. Вы подняли цену на UK number с 500 до 700 руб без всякого предупреждения, price
increase — это не ок. Верните разницу 200 руб на карту 5321 8715 0673 0147.
""", subj="price increase", frm="<artem.uk@mail.example.ru>", feats=["mixed_language", "multi_amount"],
  notes="Price increase: other.")

M("invoice-discrepancy-attachment", "en", "other", ["Dutch number"],
  (300, "USD", "$3", "usd_symbol"), True, ("card", "9292", "card ending 9292"),
  [], [], [], """\
Hello,

Invoice INV-2026-0042 (attached) for my Dutch number shows $15, but my card was charged $18.
Please refund the $3 difference to my card ending 9292.

Thank you,
Pieter Visser
""", subj="Invoice INV-2026-0042 discrepancy", frm="Pieter Visser <pieter.visser@mail.example.nl>",
  fmt="mixed_alt", attach=("INV-2026-0042.pdf", "application/pdf"), feats=["attachment", "multi_amount", "distractor_ids"],
  notes="Invoice discrepancy: other. INV- id is not an order ref.")

M("ne-zakazyval-alt-b64-yoomoney", "ru", "other", ["номер Грузии"],
  (110000, "RUB", "1 100 руб.", "rub_abbrev_space"), True, ("wallet", "2090", "4100 1166 5522 2090"),
  [], [], [], """\
Добрый день.

С моего аккаунта списали 1 100 руб. за номер Грузии, который я не заказывал. Вероятно, кто-то
воспользовался моим паролем, пароль я уже сменил.

Прошу вернуть 1 100 руб. на ЮMoney 4100 1166 5522 2090.
""", subj="Списание за незаказанный номер", frm="Фёдор <fedor.k@mail.example.ru>", fmt="alt", cte="base64",
  notes="Unauthorised charge: other.")

M("needs-info-reply-visa-9904", "en", "other", None,
  (1500, "USD", "15 USD", "usd_code_suffix"), True, ("card", "9904", "Visa ending 9904"),
  [], [], ["serviceName", "reason"], """\
15 USD, refund to my Visa ending 9904 please.

On Wed, 4 Mar 2026 at 10:00, Refund Desk <refunds@refund-desk.test> wrote:
> Hello,
>
> We need more information to review your request: the name of the service, the amount, the
> refund reason and your payment details, for example "Caller ID", "500 RUB", "Visa ending
> 1234".
>
> Refund Desk
""", subj="Re: Your refund request RR-2026-02114", frm="Kwame Asante <kwame.asante@mail.example.com>",
  date="Wed, 04 Mar 2026 12:31:07 +0000", feats=["quoted_reply", "needs_info_reply", "vague"],
  notes="The quoted needs-info examples (Caller ID, 500 RUB, Visa ending 1234) are ignored; still no service and no reason.")

M("bank-commission-45", "ru", "other", ["пополнение"],
  (4500, "RUB", "45 ₽", "rub_symbol"), False, None, [], [], ["paymentDetails"], """\
Здравствуйте. Мой банк взял комиссию 3% за зарубежный платёж, когда я оплачивал пополнение на
1 500 ₽. Это 45 ₽. Верните, пожалуйста, эту комиссию, я не знал, что платёж пойдёт как
зарубежный.
""", subj="Комиссия", frm="Денис <denis.v.kzn@mail.example.ru>", feats=["multi_amount", "distractor_numbers"],
  notes="Bank commission: other; no destination named.")

M("promo-renewed-crlf-sortcode", "en", "other", ["Japanese number"],
  (699, "GBP", "£6.99", "gbp_symbol"), True, ("bank_account", "0456", "70120456"),
  [], [], [], """\
Hi,

I signed up for the Japanese number on the 1-month promo. Nobody told me it would renew
automatically at the full price, and you charged me £6.99 for the second month. Please refund
the £6.99 to my bank: sort code 60-83-71, account 70120456 (Starling, N. Gupta).

Thanks,
Neha
""", subj="Charged after promo", frm="Neha Gupta <neha.gupta@mail.example.co.uk>", crlf=True,
  feats=["uk_bank"], notes="Auto-renewal after a promo: other.")

M("nested-repeat-request-no-reason", "ru", "other", ["номер Казахстана"],
  (90000, "RUB", "900 руб", "rub_abbrev"), True, ("card", "1767", "2200 4703 9701 1767"),
  [], [], ["reason"], """\
Повторно прошу вернуть деньги, ответа так и нет!

Артур

> 23.02.2026, 10:15, "Refund Desk" <refunds@refund-desk.test>:
> Здравствуйте! Ваше обращение получено.
>
> > 20.02.2026, 21:40, "Артур" <artur.kz.1987@mail.example.ru>:
> > Добрый вечер. Прошу вернуть 900 руб за номер Казахстана на карту 2200 4703 9701 1767.
> > Мой телефон +7 701 555 22 11.
""", subj="Re: Re: возврат", frm="Артур <artur.kz.1987@mail.example.ru>", date="Sat, 28 Feb 2026 09:12:40 +0300",
  feats=["quoted_reply", "nested_quote", "vague"],
  notes="No reason anywhere; service, amount and card from the customer's own first mail quoted with '> >'; phone there excluded.")
