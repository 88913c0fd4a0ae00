package vn.thidua.dashboards.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<script>alert('x')</script> & \"y\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
        assertThat(Html.escape("Bắc Kạn")).isEqualTo("Bắc Kạn");
        assertThat(Html.escape(null)).isEmpty();
    }
}
