teSearchFile("terms/6d-69-65",[["mieczysław",[1,2,2,2],[]]]);
