//! Client of the external email service (a third party: stubbed in tests).

use serde::Serialize;

/// Sends transactional email through `POST {base_url}/v1/messages`.
#[derive(Clone, Debug)]
pub struct Mailer {
    base_url: String,
    client: reqwest::Client,
}

/// The request body the email service expects: the contract tests pin it.
#[derive(Debug, Serialize)]
struct Message<'a> {
    to: &'a str,
    template: &'a str,
    name: &'a str,
}

#[derive(Debug)]
pub struct MailError(pub String);

impl std::fmt::Display for MailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "email service: {}", self.0)
    }
}

impl Mailer {
    pub fn new(base_url: impl Into<String>) -> Mailer {
        Mailer {
            base_url: base_url.into().trim_end_matches('/').to_owned(),
            client: reqwest::Client::new(),
        }
    }

    pub async fn send_welcome(&self, to: &str, name: &str) -> Result<(), MailError> {
        let response = self
            .client
            .post(format!("{}/v1/messages", self.base_url))
            .json(&Message {
                to,
                template: "welcome",
                name,
            })
            .send()
            .await
            .map_err(|e| MailError(e.to_string()))?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(MailError(format!("answered {}", response.status())))
        }
    }
}
